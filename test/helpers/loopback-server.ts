// A real HTTP server on 127.0.0.1 for tests: records what it was asked, closes itself with the test.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import dc from 'node:diagnostics_channel';

export interface SeenRequest {
  path: string;
  headers: IncomingHttpHeaders;
}

export interface LoopbackServer {
  server: Server;
  port: number;
  /** `http://127.0.0.1:<port><path>` */
  url(path?: string): string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export async function startLoopbackServer(handler: Handler): Promise<LoopbackServer> {
  const requests: SeenRequest[] = [];
  const server = createServer((req, res) => {
    requests.push({ path: req.url ?? '/', headers: req.headers });
    void Promise.resolve(handler(req, res)).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: (path = '/') => `http://127.0.0.1:${port}${path}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Counts client sockets created while `fn` runs (Node's `net.client.socket` channel). */
export async function countSocketsDuring<T>(fn: () => Promise<T>): Promise<{ sockets: number; result: PromiseSettledResult<T> }> {
  let sockets = 0;
  const onSocket = () => sockets++;
  dc.subscribe('net.client.socket', onSocket);
  try {
    const [result] = await Promise.allSettled([fn()]);
    return { sockets, result: result! };
  } finally {
    dc.unsubscribe('net.client.socket', onSocket);
  }
}

/** A minimal RSS document written for the tests. */
export function rssDocument(
  title: string,
  items: { guid: string; title: string; link?: string; date?: string }[],
  extra = '',
): string {
  const body = items
    .map(
      (i) =>
        `<item><guid>${i.guid}</guid><title>${i.title}</title>${i.link ? `<link>${i.link}</link>` : ''}` +
        `<description>About ${i.title}.</description>${i.date ? `<pubDate>${i.date}</pubDate>` : ''}</item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>https://news.example/</link>${extra}${body}</channel></rss>`;
}
