// The full-text benchmark's farm, a child process so its CPU is not the bot's: `feeds` teaser-only
// RSS feeds (20 items of a title and one sentence) on `hosts` loopback addresses, and each item's
// article page (about 40 KB: navigation, scripts, eight paragraphs, a footer). It counts page
// requests per path and the most requests in flight at once per host.
// Messages: 'advance' (one new item per feed), 'reset' (back to the start), 'stats'.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rng } from './rng.js';

const opts = JSON.parse(process.argv[2] ?? '{}') as { feeds: number; hosts: number };
const ITEMS = 20;
const BASE = Date.UTC(2026, 11, 6, 0);
const WORDS = (
  'harbour council vote budget rail line station storm flood river bridge school teachers hospital ward ' +
  'nurses strike union talks minister plan report court ruling judge appeal police inquiry market shares ' +
  'energy prices winter grid wind farm solar homes rent housing estate mayor city region village museum'
).split(' ');

function sentence(r: () => number): string {
  const words = Array.from({ length: 10 + Math.floor(r() * 12) }, () => WORDS[Math.floor(r() * WORDS.length)]!);
  return `${words[0]!.charAt(0).toUpperCase()}${words.join(' ').slice(1)}.`;
}

let version = 0;
const inFlight = new Map<string, number>();
let maxInFlight = 0;
const pageHits = new Map<string, number>();

function feedXml(host: string, feed: number): string {
  const items = Array.from({ length: ITEMS }, (_, i) => {
    const n = version + ITEMS - 1 - i;
    const r = rng(feed * 100_003 + n);
    return (
      `<item><guid>f${feed}-${n}</guid><title>${sentence(r).slice(0, -1)}</title>` +
      `<link>http://${host}/page/${feed}/${n}</link><description>${sentence(r)}</description>` +
      `<pubDate>${new Date(BASE + n * 60_000).toUTCString()}</pubDate></item>`
    );
  });
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Teasers ${feed}</title><link>http://${host}/</link>${items.join('')}</channel></rss>`;
}

function pageHtml(feed: number, n: number): string {
  const r = rng(feed * 7919 + n);
  const nav = Array.from({ length: 120 }, (_, i) => `<li><a href="/section/${i}">${WORDS[i % WORDS.length]} ${i}</a></li>`).join(
    '',
  );
  const paragraphs = Array.from({ length: 8 }, () => `<p>${Array.from({ length: 4 }, () => sentence(r)).join(' ')}</p>`).join('');
  const script = `<script>window.__state=${JSON.stringify({ feed, n, pad: 'x'.repeat(12_000) })}</script>`;
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story ${n} | Teasers ${feed}</title>${script}</head><body>` +
    `<header><nav><ul>${nav}</ul></nav></header><main><article><h1>Story ${n}</h1><p class="byline">By A. Reporter</p>` +
    `${paragraphs}</article><aside><h2>Most read</h2><ul>${nav.slice(0, 3000)}</ul></aside></main>` +
    `<footer><p>© Teasers ${feed}</p><ul>${nav.slice(0, 4000)}</ul></footer></body></html>`
  );
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  const host = req.headers.host ?? '';
  const now = (inFlight.get(host) ?? 0) + 1;
  inFlight.set(host, now);
  maxInFlight = Math.max(maxInFlight, now);
  res.on('close', () => inFlight.set(host, inFlight.get(host)! - 1));
  const feed = /^\/feed\/(\d+)$/.exec(req.url ?? '');
  const page = /^\/page\/(\d+)\/(\d+)$/.exec(req.url ?? '');
  // A little latency, as any real server has, so requests overlap.
  setTimeout(() => {
    if (feed) res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feedXml(host, Number(feed[1])));
    else if (page) {
      pageHits.set(req.url!, (pageHits.get(req.url!) ?? 0) + 1);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml(Number(page[1]), Number(page[2])));
    } else res.writeHead(404).end();
  }, 5);
}

const servers: Server[] = [];
for (let h = 0; h < opts.hosts; h++) {
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, `127.0.0.${h + 2}`, resolve));
  servers.push(server);
}
const urls = Array.from({ length: opts.feeds }, (_, f) => {
  const { address, port } = servers[Math.floor((f * servers.length) / opts.feeds)]!.address() as AddressInfo;
  return `http://${address}:${port}/feed/${f}`;
});

process.on('message', (msg: string) => {
  if (msg === 'advance') version++;
  else if (msg === 'reset') {
    version = 0;
    maxInFlight = 0;
    pageHits.clear();
  } else if (msg === 'stats') {
    const hits = [...pageHits.values()];
    process.send!({
      type: 'stats',
      pages: hits.length,
      requests: hits.reduce((a, b) => a + b, 0),
      maxPerPage: Math.max(0, ...hits),
      maxInFlight,
    });
    return;
  } else if (msg === 'stop') {
    for (const s of servers) {
      s.closeAllConnections();
      s.close();
    }
    process.disconnect();
    return;
  }
  process.send!({ type: msg });
});
process.send!({ type: 'ready', urls });
