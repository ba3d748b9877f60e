// The benchmark's feed farm, run as a child process so its memory and CPU are not the bot's:
// `feeds` news-sized RSS documents (about 80 KB, gzip) spread over `hosts` loopback addresses,
// some slow, some failing. Messages: 'advance' publishes new items in 30 % of the feeds.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { rng } from './rng.js';

interface Options {
  feeds: number;
  hosts: number;
}

const opts = JSON.parse(process.argv[2] ?? '{}') as Options;

const WORDS = (
  'robot robots humanoid factory warehouse model models world sensor sensors actuator startup funding round ' +
  'series seed investors led valuation billion million company founders engineers lab research paper training ' +
  'simulation policy grasp manipulation navigation fleet autonomy vehicle drone chip compute data dataset video ' +
  'benchmark release customers pilot deployment partner platform hardware software team hires revenue growth ' +
  'market analysts report quarter announced today said according plans expand production line arms legs hands ' +
  'vision language action foundation open source weights latency safety regulators standard testing field trial ' +
  'logistics retail healthcare agriculture construction energy battery motor gearbox torque payload speed cost'
).split(' ');

function sentence(r: () => number): string {
  const n = 8 + Math.floor(r() * 14);
  const words = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]!);
  return `${words[0]!.charAt(0).toUpperCase()}${words.join(' ').slice(1)}.`;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const BASE = Date.UTC(2026, 10, 21, 6);

function item(feed: number, n: number, r: () => number): string {
  // The first items of every feed are stories other feeds carry too (one article, many outlets).
  const shared = n % 10 < 1;
  const story = shared ? (feed * 7 + n) % 1000 : feed * 1000 + n;
  const link = shared
    ? `https://shared.bench.example/story/${story}?utm_source=feed${feed}`
    : `https://outlet${feed}.bench.example/news/${n}`;
  const title = shared ? `Shared story ${story}: ${sentence(rng(story))}` : sentence(r);
  const body = Array.from({ length: 12 }, () => sentence(r)).join(' ');
  const date = new Date(BASE - n * 600_000).toUTCString();
  return (
    `<item><title>${esc(title)}</title><link>${esc(link)}</link><guid isPermaLink="false">${feed}-${n}</guid>` +
    `<pubDate>${date}</pubDate><category>robotics</category><category>funding</category>` +
    `<description>&lt;p&gt;${esc(body)}&lt;/p&gt;</description></item>\n`
  );
}

/** Version v of a feed: items numbered from 5·v, so each new version adds five on top. */
function document(feed: number, version: number): Buffer {
  const r = rng(feed * 131 + version);
  const first = version * 5;
  const items = Array.from({ length: 40 }, (_, i) => item(feed, first + 39 - i, r)).join('');
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Bench Outlet ${feed}</title>` +
    `<link>https://outlet${feed}.bench.example/</link><description>Benchmark feed ${feed}</description><ttl>60</ttl>\n${items}</channel></rss>`;
  return gzipSync(xml, { level: 6 });
}

type Kind = 'ok' | 'slow' | 'error' | 'gone' | 'garbage';
const kindOf = (feed: number): Kind => {
  const k = feed % 200;
  if (k < 4) return 'slow';
  if (k < 6) return 'error';
  if (k < 7) return 'gone';
  if (k < 8) return 'garbage';
  return 'ok';
};

const versions = new Array<number>(opts.feeds).fill(0);
const bodies = Array.from({ length: opts.feeds }, (_, f) => (kindOf(f) === 'ok' || kindOf(f) === 'slow' ? document(f, 0) : null));

function handle(feed: number, ifNoneMatch: string | undefined, res: ServerResponse): void {
  const kind = kindOf(feed);
  if (kind === 'error' || kind === 'gone') {
    res.writeHead(kind === 'error' ? 500 : 404).end();
    return;
  }
  if (kind === 'garbage') {
    res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Moved somewhere else</body></html>');
    return;
  }
  const etag = `"${feed}-${versions[feed]}"`;
  if (ifNoneMatch === etag) {
    res.writeHead(304, { etag }).end();
    return;
  }
  const body = bodies[feed]!;
  res.writeHead(200, {
    'content-type': 'application/rss+xml; charset=utf-8',
    'content-encoding': 'gzip',
    etag,
    'content-length': body.length,
  });
  res.end(body);
}

const servers: Server[] = [];
const urls: string[] = [];
for (let h = 0; h < opts.hosts; h++) {
  const server = createServer((req, res) => {
    const feed = Number(/^\/feed\/(\d+)$/.exec(req.url ?? '')?.[1] ?? -1);
    if (!(feed >= 0 && feed < opts.feeds)) return void res.writeHead(404).end();
    const delay = kindOf(feed) === 'slow' ? 500 + (feed % 5) * 250 : 0;
    if (delay) setTimeout(() => handle(feed, req.headers['if-none-match'], res), delay);
    else handle(feed, req.headers['if-none-match'], res);
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, `127.0.0.${h + 2}`, resolve));
  servers.push(server);
}
// Each host serves a contiguous block of feeds, so every host has its share of the slow and the
// failing ones (with feeds spread round-robin, a `kindOf` period that is a multiple of the host
// count would put every slow feed on four hosts, each allowed two connections).
for (let f = 0; f < opts.feeds; f++) {
  const server = servers[Math.floor((f * servers.length) / opts.feeds)]!;
  const { address, port } = server.address() as AddressInfo;
  urls.push(`http://${address}:${port}/feed/${f}`);
}

process.on('message', (msg: string) => {
  if (msg === 'advance') {
    for (let f = 0; f < opts.feeds; f++) {
      if (f % 10 < 3 && bodies[f]) bodies[f] = document(f, ++versions[f]!);
    }
    process.send!({ type: 'advanced' });
  } else if (msg === 'stop') {
    for (const s of servers) {
      s.closeAllConnections();
      s.close();
    }
    process.disconnect();
  }
});
const sample = bodies.find((b) => b !== null)!;
process.send!({ type: 'ready', urls, sampleGzipBytes: sample.length });
