// The one HTTP listener against clients that misbehave: a body trickled byte by byte is cut off
// once the platforms' deadline has passed, instead of holding the connection for minutes.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_INBOUND_BODY, startHttpServer, type HttpServer } from '../../../src/http/server.js';
import { silentLogger } from '../../../src/log.js';

describe('HTTP listener', () => {
  let http: HttpServer;
  const handled: Buffer[] = [];
  beforeAll(async () => {
    const route = {
      method: 'POST' as const,
      path: '/slack/events',
      maxBodyBytes: MAX_INBOUND_BODY,
      handler: (_req: unknown, res: { end(s: string): void }, body: Buffer) => {
        handled.push(body);
        res.end('ok');
      },
    };
    http = await startHttpServer([route], 0, silentLogger(), '127.0.0.1');
  });
  afterAll(() => http.close());

  it('cuts off a client that trickles its body, with 408, long before it is done', async () => {
    const declared = 2000;
    const socket = connect(http.port, '127.0.0.1');
    let answer = '';
    let sent = 0;
    socket.on('data', (d: Buffer) => (answer += d.toString()));
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.on('error', () => undefined);
    socket.write(`POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: ${declared}\r\n\r\n`);
    // One byte every 50 ms: the whole body would take 100 s. Bounded by `declared`.
    const trickle = setInterval(() => {
      if (socket.destroyed || sent >= declared) return clearInterval(trickle);
      socket.write('a');
      sent++;
    }, 50);
    await closed;
    clearInterval(trickle);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(sent).toBeLessThan(declared);
    expect(handled).toEqual([]);
  });

  it('still answers a client that sends its request at once', async () => {
    const res = await fetch(`http://127.0.0.1:${http.port}/slack/events`, { method: 'POST', body: 'x=1' });
    expect(await res.text()).toBe('ok');
  });
});
