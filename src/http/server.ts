// The one HTTP listener: routes are mounted by the roles that own them (Slack events, Discord
// interactions, health, metrics). Transport only; no business logic here. Requests that do not
// arrive whole within the platforms' deadline are cut off (408).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log.js';
import { SECOND } from '../time.js';

/** `body` is the raw request body for routes with `maxBodyBytes`, empty otherwise. */
export type Handler = (req: IncomingMessage, res: ServerResponse, body: Buffer) => void | Promise<void>;

export interface Route {
  method: 'GET' | 'POST';
  path: string;
  handler: Handler;
  /** Read the raw body before the handler runs; larger bodies are refused with 413 before being buffered. */
  maxBodyBytes?: number;
}

/** Inbound platform requests (Slack events and commands, Discord interactions) are never larger. */
export const MAX_INBOUND_BODY = 1024 * 1024;

/**
 * A request must have arrived whole (headers and body) within this: Slack and Discord give up on
 * an answer after 3 s, so a client still trickling its body by then only holds a connection.
 */
export const INBOUND_DEADLINE_MS = 3 * SECOND;
/** How often Node looks for requests past the deadline (its default, 30 s, would let them linger). */
const DEADLINE_CHECK_MS = SECOND / 4;

export interface HttpServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function tooLarge(res: ServerResponse, max: number): null {
  // Closing the connection means the rest of the body is never read.
  res.shouldKeepAlive = false;
  sendJson(res, 413, { error: `request body over ${max} bytes` });
  return null;
}

/** The whole body, or null after answering 413: refused on Content-Length alone when it says too much, else as soon as the count passes `max`. */
function readCapped(req: IncomingMessage, res: ServerResponse, max: number): Promise<Buffer | null> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) return Promise.resolve(tooLarge(res, max));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size > max) {
        req.off('data', onData);
        req.pause();
        resolve(tooLarge(res, max));
        return;
      }
      chunks.push(c);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

export async function startHttpServer(routes: Route[], port: number, log: Logger, host = '0.0.0.0'): Promise<HttpServer> {
  const table = new Map(routes.map((r) => [`${r.method} ${r.path}`, r]));
  const server = createServer(
    { requestTimeout: INBOUND_DEADLINE_MS, headersTimeout: INBOUND_DEADLINE_MS, connectionsCheckingInterval: DEADLINE_CHECK_MS },
    (req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      const route = table.get(`${req.method} ${path}`);
      if (!route) {
        sendJson(res, 404, { error: 'not found' });
        return;
      }
      const body = route.maxBodyBytes === undefined ? Promise.resolve(Buffer.alloc(0)) : readCapped(req, res, route.maxBodyBytes);
      body
        .then((b) => (b === null ? undefined : route.handler(req, res, b)))
        .catch((err: unknown) => {
          log.error({ err, path }, 'HTTP handler failed');
          if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
          else res.end();
        });
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  log.info({ port: actual }, 'HTTP listener ready');
  return {
    server,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
