// The configuration reference in README.md and .env.example are generated from the schema:
// this fails when someone changes the schema without `npm run docs`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configRows, ENV_EXAMPLE, envExample, README, readmeWithReference } from '../../scripts/config-docs.js';
import { ENV_VARS } from '../../src/config.js';

describe('generated configuration docs', () => {
  it('README.md carries the current configuration reference', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readmeWithReference(readme)).toBe(readme);
  });

  it('.env.example lists every environment variable the bot reads', () => {
    const text = readFileSync(ENV_EXAMPLE, 'utf8');
    expect(text).toBe(envExample());
    for (const v of ENV_VARS) expect(text).toContain(`# ${v.name}=`);
  });

  it('documents every key with a meaning', () => {
    for (const r of configRows()) expect(r.description, r.key).not.toBe('');
  });
});
