import { mkdtempSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { Shutdown } from '../../src/runtime/shutdown.js';

describe('Shutdown', () => {
  it('stops roles in reverse order, once, and bounds a role that hangs', async () => {
    const order: string[] = [];
    const s = new Shutdown(silentLogger(), 50);
    s.add('store', async () => void order.push('store'));
    s.add('stuck', () => new Promise(() => order.push('stuck')));
    s.add('failing', async () => {
      order.push('failing');
      throw new Error('boom');
    });
    await Promise.all([s.run(), s.run()]);
    expect(order).toEqual(['failing', 'stuck', 'store']);
    expect(s.stopping).toBe(true);
  });

  it('`digestbot start` answers /healthz and /metrics and exits 0 on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'digestbot-start-'));
    const cli = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', cli, 'start'], {
      env: {
        PATH: process.env.PATH ?? '',
        DIGESTBOT_DATA_DIR: dataDir,
        LOG_LEVEL: 'info',
        PORT: '0',
        DIGESTBOT_SEED_FEEDS: 'false',
      },
    });
    let logs = '';
    let port: string | undefined;
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start line: ${logs}`)), 15_000);
      child.stderr.on('data', (d: Buffer) => {
        logs += d.toString();
        if (logs.includes('digestbot started')) {
          clearTimeout(timer);
          resolve();
        }
        port ??= /"port":(\d+),"msg":"HTTP listener ready"/.exec(logs)?.[1];
      });
    });
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, store: 'sqlite' });
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toMatch(/^digestbot_articles 0$/m);
    expect(metrics).toContain('# TYPE digestbot_deliveries gauge');
    expect(metrics).toMatch(/^digestbot_process_resident_memory_bytes \d+/m);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(logs).toContain('"msg":"shutting down"');
    expect(logs).toContain('"msg":"effective configuration"');
  });
});
