// `digestbot feeds …` as an admin runs it: a real process, a SQLite file, a loopback feed server.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { rssDocument, startLoopbackServer, type LoopbackServer } from '../../helpers/loopback-server.js';

let server: LoopbackServer;
let env: Record<string, string>;

beforeAll(async () => {
  server = await startLoopbackServer((req, res) => {
    if (req.url === '/feed')
      res.end(
        rssDocument('CLI News', [
          { guid: 'g1', title: 'First story', link: 'https://n.example/1', date: 'Sat, 21 Nov 2026 10:00:00 GMT' },
        ]),
      );
    else res.writeHead(404).end();
  });
  env = {
    DIGESTBOT_DATA_DIR: mkdtempSync(join(tmpdir(), 'digestbot-feeds-cli-')),
    FEED_ALLOW_PRIVATE: `127.0.0.1:${server.port}`,
  };
});
afterAll(() => server.close());

describe('digestbot feeds', () => {
  it('adds, lists, tests and removes a feed', async () => {
    const add = await runCli(['feeds', 'add', server.url('/feed'), '--topic', 'robotics', '--backfill', '48h'], { env });
    expect(add.stderr).toBe('');
    expect(add.code).toBe(0);
    expect(add.stdout).toMatch(
      new RegExp(`^added feed 1: ${server.url('/feed')} \\(CLI News, 1 item; items since .+ reach the next digest\\)\\n$`),
    );

    const list = await runCli(['feeds', 'list', '--json'], { env });
    expect(list.code).toBe(0);
    const feeds = JSON.parse(list.stdout);
    expect(feeds).toEqual([expect.objectContaining({ id: 1, url: server.url('/feed'), topic: 'robotics', health: 'new' })]);

    const text = await runCli(['feeds', 'list'], { env });
    // The title is read when the feed is added, not at its first poll (issue 19).
    expect(text.stdout).toContain(`1\tnew\tCLI News\t${server.url('/feed')}`);
    expect(text.stdout).toContain('topic robotics  last success -');

    const again = await runCli(['feeds', 'add', server.url('/feed')], { env });
    expect(again).toMatchObject({ code: 1, stdout: '' });
    expect(again.stderr).toBe('digestbot: FEED_DUPLICATE: This feed is already there: #1 CLI News.\n');

    const errors = await runCli(['feeds', 'errors'], { env });
    expect(errors.stdout).toBe('no failing feeds\n');

    const renamed = await runCli(['feeds', 'rename', '1', 'Harbor', 'Wire'], { env });
    expect(renamed).toMatchObject({ code: 0, stdout: `feed 1 is now shown as Harbor Wire: ${server.url('/feed')}\n` });
    expect((await runCli(['feeds', 'list'], { env })).stdout).toContain(`1\tnew\tHarbor Wire\t`);
    const bad = await runCli(['feeds', 'rename', '1', ' '], { env });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/BAD_ARGUMENT: A feed name is 1–100 characters/);

    const removed = await runCli(['feeds', 'remove', '1'], { env });
    expect(removed).toMatchObject({ code: 0, stdout: `removed feed 1: ${server.url('/feed')}\n` });
    expect((await runCli(['feeds', 'list'], { env })).stdout).toBe('no feeds\n');
  });

  it('tests a feed without saving it', async () => {
    const r = await runCli(['feeds', 'test', server.url('/feed')], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `rss2.0 feed "CLI News" at ${server.url('/feed')}: 1 item\n  2026-11-21T10:00:00.000Z  First story  https://n.example/1\n`,
    );
    const json = await runCli(['feeds', 'test', server.url('/feed'), '--json'], { env });
    expect(JSON.parse(json.stdout)).toMatchObject({ format: 'rss2.0', itemCount: 1 });
  });

  it('names what is wrong with a bad command, in one line', async () => {
    const cases: [string[], string][] = [
      [['feeds', 'add', 'http://169.254.169.254/'], 'FEED_ADDRESS_BLOCKED'],
      [['feeds', 'add', 'ftp://example.com/feed'], 'FEED_URL_INVALID'],
      [['feeds', 'test', 'http://127.0.0.1:1/feed'], 'FEED_ADDRESS_BLOCKED'],
      [['feeds', 'remove', 'abc'], 'BAD_ARGUMENT'],
      [['feeds', 'remove', '999'], 'FEED_NOT_FOUND'],
      [['feeds', 'add', 'https://example.com/feed', '--backfill', 'forever'], 'BAD_ARGUMENT'],
    ];
    const results = await Promise.all(cases.map(([args]) => runCli(args, { env })));
    results.forEach((r, i) => {
      expect(r.code, cases[i]![0].join(' ')).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`^digestbot: ${cases[i]![1]}: [^\\n]+\\n$`));
    });
  });
});
