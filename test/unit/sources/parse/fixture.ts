// Reads a feed fixture written for these tests (test/fixtures/feeds).
import { readFileSync } from 'node:fs';

export const fixture = (name: string): Buffer => readFileSync(new URL(`../../../fixtures/feeds/${name}`, import.meta.url));
