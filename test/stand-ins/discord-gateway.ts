// A minimal Discord gateway on loopback: HELLO with a heartbeat interval, IDENTIFY checked against
// the bot token (a wrong one is closed with 4004, as Discord does), READY, heartbeat ACKs, and the
// dispatches the test sends (INTERACTION_CREATE). Enough for the discord.js client to connect.
import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

type Json = Record<string, unknown>;

export interface GatewayStandIn {
  /** For the REST stand-in's GET /gateway/bot. */
  url: string;
  /** Resolves with the IDENTIFY payload of the first client that presented the right token. */
  identified: Promise<Json>;
  /** Heartbeats (op 1) received, over every connection. */
  heartbeats(): number;
  dispatch(event: string, data: unknown): void;
  /** Fires 'event' after each message from a client (see test/helpers/wait.ts). */
  events: EventEmitter;
  close(): Promise<void>;
}

export async function startGatewayStandIn(o: {
  botId: string;
  applicationId: string;
  /** The token IDENTIFY must carry (any when unset). */
  token?: string;
  heartbeatMs?: number;
}): Promise<GatewayStandIn> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', resolve));
  const url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
  const sockets = new Set<WebSocket>();
  const events = new EventEmitter();
  let seq = 0;
  let beats = 0;
  let onIdentify: (d: Json) => void = () => undefined;
  const identified = new Promise<Json>((resolve) => (onIdentify = resolve));
  const send = (ws: WebSocket, op: number, d: unknown, t: string | null = null) =>
    ws.send(JSON.stringify({ op, d, s: op === 0 ? ++seq : null, t }));

  wss.on('connection', (ws) => {
    ws.on('close', () => sockets.delete(ws));
    send(ws, 10, { heartbeat_interval: o.heartbeatMs ?? 41_250 });
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as { op: number; d: Json };
      if (msg.op === 1) {
        beats++;
        send(ws, 11, null);
      }
      if (msg.op === 2) {
        if (o.token !== undefined && msg.d.token !== o.token) {
          ws.close(4004, 'Authentication failed.');
          return;
        }
        sockets.add(ws);
        onIdentify(msg.d);
        send(
          ws,
          0,
          {
            v: 10,
            user: { id: o.botId, username: 'digestbot', discriminator: '0', global_name: null, avatar: null, bot: true },
            guilds: [],
            session_id: 'stand-in-session',
            resume_gateway_url: url,
            shard: [0, 1],
            application: { id: o.applicationId, flags: 0 },
          },
          'READY',
        );
      }
      events.emit('event');
    });
  });

  return {
    url,
    identified,
    heartbeats: () => beats,
    events,
    dispatch: (event, data) => {
      for (const ws of sockets) send(ws, 0, data, event);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const ws of wss.clients) ws.terminate();
        wss.close(() => resolve());
      }),
  };
}
