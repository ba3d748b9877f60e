import { createRequire } from 'node:module';

const pkg = createRequire(import.meta.url)('../package.json') as { version: string; homepage?: string };

export const VERSION: string = pkg.version;
export const HOMEPAGE = 'https://github.com/digestbot/digestbot';
export const USER_AGENT = `digestbot/${VERSION} (+${HOMEPAGE})`;
