// Lint, including the dependency rules of docs/ARCHITECTURE.md: platform SDKs only under
// src/bot/slack and src/bot/discord; lower layers never import higher ones.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const SLACK = { group: ['@slack/*'], message: 'Slack SDKs belong under src/bot/slack only.' };
// A regex, not a path pattern: the pattern `discord.js` would also match our own `./cli/discord.js`.
const DISCORD = {
  regex: '^(discord\\.js|@discordjs/.*|discord-api-types(/.*)?)$',
  message: 'Discord SDKs belong under src/bot/discord only.',
};
const layer = (names, why) => ({ group: names.flatMap((n) => [`**/${n}/*`, `**/${n}/**`, `**/${n}.js`]), message: why });

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'out/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  { files: ['src/**/*.ts'], rules: restrict(SLACK, DISCORD) },
  {
    files: ['src/model.ts', 'src/errors.ts', 'src/log.ts'],
    rules: restrict(
      SLACK,
      DISCORD,
      layer(['store', 'sources', 'digest', 'bot'], 'model, errors and log import nothing of ours.'),
    ),
  },
  {
    files: ['src/store/**/*.ts'],
    rules: restrict(SLACK, DISCORD, layer(['sources', 'digest', 'bot'], 'the store knows nothing of sources, digest or bot.')),
  },
  {
    files: ['src/sources/**/*.ts'],
    rules: restrict(SLACK, DISCORD, layer(['digest', 'bot'], 'sources never import digest or bot.')),
  },
  {
    files: ['src/digest/**/*.ts'],
    rules: restrict(SLACK, DISCORD, layer(['sources', 'bot'], 'digest never imports sources or bot.')),
  },
  { files: ['src/bot/commands/**/*.ts', 'src/bot/*.ts', 'src/bot/console/**/*.ts'], rules: restrict(SLACK, DISCORD) },
  { files: ['src/bot/slack/**/*.ts'], rules: restrict(DISCORD, layer(['discord'], 'Slack code never imports Discord code.')) },
  { files: ['src/bot/discord/**/*.ts'], rules: restrict(SLACK, layer(['slack'], 'Discord code never imports Slack code.')) },
  { files: ['test/**/*.ts', 'bench/**/*.ts', 'eval/**/*.ts'], rules: { 'max-lines': 'off' } },
);
