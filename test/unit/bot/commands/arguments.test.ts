// Arguments derived from the command definitions: Slack words and Discord options read the same
// way, validated by one zod schema per action, with errors that name the option and the usage.
import { describe, expect, it } from 'vitest';
import { argumentSchema, readInvocation, validateArguments } from '../../../../src/bot/commands/arguments.js';
import { COMMANDS, FEEDS_ADD, spelledFor } from '../../../../src/bot/commands/catalog.js';
import { HANDLERS } from '../../../../src/bot/commands/registry.js';
import { action, commandHint, usage, type CommandSpec } from '../../../../src/bot/commands/spec.js';
import type { CommandInvocation } from '../../../../src/bot/commands/types.js';
import { isAppError } from '../../../../src/errors.js';

const base: CommandInvocation = {
  platform: 'slack',
  command: 'feeds',
  subcommand: null,
  options: {},
  text: '',
  userId: 'U1',
  channelId: 'C1',
  platformAdmin: async () => false,
};
const feeds = COMMANDS.find((c) => c.name === 'feeds')!;
const round = COMMANDS.find((c) => c.name === 'round')!;

function failure(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (isAppError(err, 'BAD_ARGUMENT')) return err.userMessage!;
    throw err;
  }
  throw new Error('expected a BAD_ARGUMENT');
}

const slack = (c: CommandSpec, text: string) => {
  const { action: a, raw } = readInvocation(c, { ...base, command: c.name, text });
  return { action: a, args: validateArguments(a, raw, 'slack') };
};

describe('command arguments', () => {
  it('has a handler for every action it defines', () => {
    expect(COMMANDS.flatMap((c) => c.actions).filter((a) => !HANDLERS.has(a))).toEqual([]);
  });

  it('reads Slack words in option order; the last option takes the remaining words', () => {
    expect(slack(feeds, 'ADD https://x.example/rss space robots')).toEqual({
      action: FEEDS_ADD,
      args: { url: 'https://x.example/rss', topic: 'space robots' },
    });
    expect(slack(round, '  Apptronik,   Inc. ').args).toEqual({ company: 'Apptronik, Inc.' });
    expect(slack(round, '"Figure AI"').args).toEqual({ company: 'Figure AI' });
    expect(slack(round, '').args).toEqual({});
    expect(slack(feeds, 'add <https://x.example/rss|x.example/rss>').args).toEqual({ url: 'https://x.example/rss' });
    expect(slack(feeds, 'remove 12').args).toEqual({ id: 12 });
  });

  it('reads Discord subcommands and named options through the same schema', () => {
    const inv = { ...base, platform: 'discord' as const, text: null, subcommand: 'remove', options: { id: 7 } };
    const { action: a, raw } = readInvocation(feeds, inv);
    expect(validateArguments(a, raw, 'discord')).toEqual({ id: 7 });
    const blankTopic = readInvocation(feeds, { ...inv, subcommand: 'add', options: { url: 'https://x.example/', topic: ' ' } });
    expect(validateArguments(blankTopic.action, blankTopic.raw, 'discord')).toEqual({ url: 'https://x.example/' });
  });

  it('names the problem and the usage', () => {
    expect(failure(() => slack(feeds, 'add'))).toBe('The url is missing. Usage: /feeds add <url> [topic]');
    expect(failure(() => slack(feeds, 'add javascript:alert(1)'))).toBe(
      'The url is not an http(s) URL: "javascript:alert(1)". Usage: /feeds add <url> [topic]',
    );
    expect(failure(() => slack(feeds, 'remove 1.5'))).toContain('The id must be a number such as 12');
    expect(failure(() => slack(feeds, 'remove 0'))).toContain('The id must be above 0');
    expect(failure(() => slack(feeds, 'list everything'))).toBe('Unexpected words: "everything". Usage: /feeds list');
    expect(failure(() => slack(feeds, 'purge'))).toBe(
      'There is no /feeds purge. Usage: /feeds list | test <url> | errors | add <url> [topic] | remove <id> | pause <id> | ' +
        'resume <id> | rename <id> <name> | topic <id> <topic> | include <pattern> | exclude <pattern> | unfilter <pattern> | ' +
        'import [url] [topic] | export',
    );
    expect(failure(() => slack(feeds, ''))).toContain('/feeds needs a subcommand.');
    expect(failure(() => slack(round, 'x'.repeat(101)))).toContain('The company must be at most 100 characters');
    expect(failure(() => slack(feeds, `add https://x.example/ ${'t'.repeat(65)}`))).toContain('The topic must be at most 64');
  });

  it('spells the usage of admin actions as Discord publishes them, and never asks Slack for a file', () => {
    const inv = { ...base, platform: 'discord' as const, text: null, subcommand: 'add', options: {} };
    const { action: a, raw } = readInvocation(feeds, inv);
    expect(failure(() => validateArguments(a, raw, 'discord'))).toBe('The url is missing. Usage: /feeds-admin add <url> [topic]');
    expect(slack(feeds, 'import https://x.example/list.opml robotics').args).toEqual({
      url: 'https://x.example/list.opml',
      topic: 'robotics',
    });
    expect(failure(() => slack(feeds, 'pause'))).toBe('The id is missing. Usage: /feeds pause <id>');
  });

  it('spells command mentions in answers as each platform publishes them', () => {
    const text = 'Paused until /feeds resume 3; see /feeds list or /digest status, then /digest retry 12.';
    expect(spelledFor(text, 'slack')).toBe(text);
    expect(spelledFor(text, 'discord')).toBe(
      'Paused until /feeds-admin resume 3; see /feeds list or /digest status, then /digest-admin retry 12.',
    );
  });

  it('derives choices and required options from a definition', () => {
    const mode = action({
      command: 'mode',
      subcommand: null,
      description: 'd',
      admin: false,
      options: [
        { name: 'level', description: 'd', kind: 'text', required: true, choices: ['low', 'high'] },
        { name: 'note', description: 'd', kind: 'text', required: false, rest: true },
      ],
    });
    const spec: CommandSpec = { name: 'mode', description: 'd', actions: [mode] };
    expect(usage(mode)).toBe('/mode <level> [note]');
    expect(commandHint(spec)).toBe('<level> [note]');
    expect(slack(spec, 'high keep it up').args).toEqual({ level: 'high', note: 'keep it up' });
    expect(failure(() => slack(spec, 'medium'))).toBe('The level must be one of: low, high. Usage: /mode <level> [note]');
    expect(failure(() => slack(spec, ''))).toBe('The level is missing. Usage: /mode <level> [note]');
    expect(argumentSchema(mode)).toBe(argumentSchema(mode));
  });

  it("keeps every description within Discord's 1–100 characters (a longer one fails the whole registration)", () => {
    const descriptions = COMMANDS.flatMap((c) => [
      c.description,
      ...c.actions.flatMap((a) => [a.description, ...a.options.map((o) => o.description)]),
    ]);
    const bad = descriptions.filter((d) => d.length < 1 || d.length > 100);
    expect(bad).toEqual([]);
  });
});
