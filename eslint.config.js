// Lint, including the architecture (docs/architecture.md): which folder may import which
// (import-x/no-restricted-paths, on resolved files), no import cycles, database drivers and
// query building only in src/store, platform SDKs only under src/bot/slack and src/bot/discord,
// typed rules for promises, and a cap on file length.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const BASE = ['./model.ts', './time.ts', './errors.ts', './log.ts', './version.ts'];
const RUNTIME_BASE = [
  './runtime/slots.ts',
  './runtime/clock.ts',
  './runtime/shutdown.ts',
  './runtime/owner.ts',
  './runtime/worker-pool.ts',
];
/** A folder (or files) of src may import only what `may` names (paths relative to src), and itself. */
const only = (target, may, why) => ({
  target: (Array.isArray(target) ? target : [target]).map((t) => `./src/${t.replace(/^\.\//, '')}`),
  from: './src',
  except: [...new Set([...(Array.isArray(target) ? target : [target]), ...BASE, ...may])],
  message: why,
});
/** `target` never imports from `from` (paths relative to src). */
const never = (target, from, why) => ({
  target: `./src/${target}`,
  from: from.map((f) => `./src/${f}`),
  message: why,
});

const ZONES = [
  only(BASE, [], 'model, time, errors, log and version import nothing of ours.'),
  only('./text', [], 'text tools (src/text) sit below everything that reads language.'),
  only(RUNTIME_BASE, [], 'slots, the clock, shutdown, owner and the worker pool import only the base.'),
  only(
    ['./config.ts', './config-messages.ts', './config-fields.ts'],
    ['./runtime/slots.ts'],
    'the config schema depends only on the base and cron slots.',
  ),
  only(
    './store',
    ['./runtime/worker-pool.ts'],
    'the store knows nothing above it (it runs its SQLite writer on the worker pool).',
  ),
  only('./rounds', ['./text', './store'], 'funding rounds use the text tools and store primitives only.'),
  only(
    './sources',
    ['./text', './store', './config.ts', './runtime/worker-pool.ts'],
    'sources never import digest, rounds, bot or pipeline.',
  ),
  only('./digest', ['./text', './rounds', './config.ts'], 'the digest is pure: no store, sources, bot or pipeline.'),
  only(
    ['./runtime/app.ts', './runtime/lease-keeper.ts', './runtime/leased-role.ts', './runtime/scheduler-seat.ts'],
    ['./runtime', './store', './config.ts'],
    'runtime roles use the store and the config only.',
  ),
  only('./http', ['./store'], 'the HTTP listener, health and metrics use the store only.'),
  never('bot', ['pipeline', 'main.ts', 'cli.ts', 'cli', 'demo'], 'bot code never imports the pipeline or the entry points.'),
  never('bot/slack', ['bot/discord'], 'Slack code never imports Discord code.'),
  never('bot/discord', ['bot/slack'], 'Discord code never imports Slack code.'),
  never('pipeline', ['main.ts', 'cli.ts', 'cli', 'demo'], 'the pipeline never imports the entry points.'),
];

const SLACK = { group: ['@slack/*'], message: 'Slack SDKs belong under src/bot/slack only.' };
// A regex, not a path pattern: the pattern `discord.js` would also match our own `./cli/discord.js`.
const DISCORD = {
  regex: '^(discord\\.js|@discordjs/.*|discord-api-types(/.*)?)$',
  message: 'Discord SDKs belong under src/bot/discord only.',
};
const DRIVERS = { regex: '^(kysely|better-sqlite3|pg)$', message: 'Database drivers and query building belong in src/store.' };
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
/** Query building on a handle (`db.selectFrom(…)`) outside src/store. */
const QUERY_CALLS = {
  selector:
    'CallExpression[callee.property.name=/^(selectFrom|selectNoFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)$/]',
  message: 'Queries belong in src/store: add a function there and call it.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'out/**', 'coverage/**', 'demo-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js'], extensionAlias: { '.js': ['.ts', '.js'] } })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: ZONES }],
      'import-x/no-cycle': 'error',
      'max-lines': ['error', { max: 300 }],
      'no-restricted-syntax': ['error', QUERY_CALLS],
      ...restrict(SLACK, DISCORD, DRIVERS),
    },
  },
  { files: ['src/store/**/*.ts'], rules: { ...restrict(SLACK, DISCORD), 'no-restricted-syntax': 'off' } },
  { files: ['src/bot/slack/**/*.ts'], rules: restrict(DISCORD, DRIVERS) },
  { files: ['src/bot/discord/**/*.ts'], rules: restrict(SLACK, DRIVERS) },
  // Named exceptions to the length cap: the config schema is one declarative table, on purpose.
  { files: ['src/config.ts'], rules: { 'max-lines': ['error', { max: 460 }] } },
);
