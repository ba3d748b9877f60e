// The demo's feed server: the bundled demo feeds on 127.0.0.1, with their dates set relative to
// now so the items are always recent. It stops when the demo stops.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fillDates } from './dates.js';

export const DEMO_FEED_DIR = fileURLToPath(new URL('../../seeds/demo/', import.meta.url));

const TYPES: Record<string, string> = {
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/feed+json; charset=utf-8',
};

/** Topics the demo gives each feed when it adds it. */
export const DEMO_TOPICS: Record<string, string> = {
  'actuator-wire.xml': 'robotics',
  'capital-ledger.xml': 'funding',
  'frontier-compute.xml': 'world-models',
  'embodied-weekly.json': 'robotics',
};

export interface DemoFeedServer {
  /** `host:port`, for the fetch allow-list: exactly this server. */
  hostPort: string;
  feeds: { file: string; url: string; topic: string | null }[];
  close(): Promise<void>;
}

export async function startDemoFeedServer(now: number, dir = DEMO_FEED_DIR): Promise<DemoFeedServer> {
  const files = readdirSync(dir)
    .filter((f) => TYPES[extname(f)])
    .sort();
  const bodies = new Map(files.map((f) => [`/${f}`, fillDates(readFileSync(join(dir, f), 'utf8'), now)]));
  const server = createServer((req, res) => {
    const body = bodies.get((req.url ?? '/').split('?')[0]!);
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(req.url ?? '')] ?? 'text/plain' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    hostPort: `127.0.0.1:${port}`,
    feeds: files.map((file) => ({ file, url: `http://127.0.0.1:${port}/${file}`, topic: DEMO_TOPICS[file] ?? null })),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
