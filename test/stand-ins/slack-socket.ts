// A minimal Slack Socket Mode server on loopback: the URL apps.connections.open hands out (with a
// ticket a connection must present), hello on connect, envelopes the test sends, and the
// acknowledgements (with their response payloads) the app sends back.
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

type Json = Record<string, unknown>;

export interface SocketStandIn {
  /** What apps.connections.open answers. */
  url: string;
  connected: Promise<void>;
  /** Acknowledgements by envelope id: the payload the app answered with (empty object when none). */
  acks: Map<string, Json>;
  send(envelope: Json): void;
  /** Fires 'event' after each acknowledgement (see test/helpers/wait.ts). */
  events: EventEmitter;
  close(): Promise<void>;
}

export async function startSocketStandIn(appId = 'A1'): Promise<SocketStandIn> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', resolve));
  // Slack hands out a one-time ticket in the URL; a connection without it is refused, as Slack does.
  const ticket = `ticket-${randomUUID()}`;
  const url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link?ticket=${ticket}`;
  const sockets = new Set<WebSocket>();
  const acks = new Map<string, Json>();
  const events = new EventEmitter();
  let onConnect: () => void = () => undefined;
  const connected = new Promise<void>((resolve) => (onConnect = resolve));
  wss.on('connection', (ws, req) => {
    if (new URL(req.url ?? '/', 'ws://x').searchParams.get('ticket') !== ticket) {
      ws.close(4001, 'invalid ticket');
      return;
    }
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as { envelope_id?: string; payload?: Json };
      if (msg.envelope_id) acks.set(msg.envelope_id, msg.payload ?? {});
      events.emit('event');
    });
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        debug_info: { host: 'stand-in', approximate_connection_time: 3600 },
        connection_info: { app_id: appId },
      }),
    );
    onConnect();
  });
  return {
    url,
    connected,
    acks,
    events,
    send: (envelope) => {
      for (const ws of sockets) ws.send(JSON.stringify(envelope));
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const ws of sockets) ws.terminate();
        wss.close(() => resolve());
      }),
  };
}
