// Shared plumbing of the loopback stand-ins: a server on 127.0.0.1 that closes itself, bodies,
// and scripted faults (429 with Retry-After, 5xx, refusals, a post accepted whose answer is lost).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';

export type Fault =
  | { kind: 'status'; status: number; retryAfterSec?: number; body?: unknown }
  /** The request is carried out (a message is stored), then the connection is cut: the caller never learns. */
  | { kind: 'drop' }
  /** The request is carried out and no answer ever comes (the caller waits until it gives up or dies). */
  | { kind: 'hang' }
  /** Served normally: a placeholder so that a later request on the route gets the next fault. */
  | { kind: 'pass' };

export interface Loopback {
  server: Server;
  base: string;
  /** Fires 'event' after each request has been answered (see test/helpers/wait.ts). */
  events: EventEmitter;
  close(): Promise<void>;
}

export async function listen(handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>): Promise<Loopback> {
  const events = new EventEmitter();
  const server = createServer((req, res) => {
    res.on('close', () => events.emit('event'));
    handler(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    base: `http://127.0.0.1:${port}`,
    events,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

/** Faults queued per route key, taken one per matching request. */
export class FaultScript {
  readonly #queues = new Map<string, Fault[]>();

  add(route: string, ...faults: Fault[]): void {
    this.#queues.set(route, [...(this.#queues.get(route) ?? []), ...faults]);
  }

  take(route: string): Fault | undefined {
    return this.#queues.get(route)?.shift();
  }
}

/** Ends a request the way a scripted status fault says; returns false for drop/hang, which the caller handles after doing the work. */
export function answerFault(res: ServerResponse, f: Fault, defaultBody: unknown): boolean {
  if (f.kind !== 'status') return false;
  const headers: Record<string, string> = f.retryAfterSec === undefined ? {} : { 'retry-after': String(f.retryAfterSec) };
  sendJson(res, f.status, f.body ?? defaultBody, headers);
  return true;
}

/** Carries out drop/hang after the work was done. */
export function afterWork(req: IncomingMessage, f: Fault | undefined): boolean {
  if (f?.kind === 'drop') {
    req.socket.destroy();
    return true;
  }
  return f?.kind === 'hang';
}

/** Multipart or urlencoded bodies, parsed the way a server would (undici's Request does the multipart work). */
export async function formData(req: IncomingMessage, body: Buffer): Promise<FormData> {
  return new Request('http://stand-in/', {
    method: 'POST',
    headers: { 'content-type': String(req.headers['content-type']) },
    body,
  }).formData();
}
