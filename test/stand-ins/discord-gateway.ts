// A minimal Discord gateway on loopback: HELLO, READY after IDENTIFY, heartbeat ACKs, and
// dispatches the test sends (INTERACTION_CREATE). Enough for the discord.js client to connect.
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

type Json = Record<string, unknown>;

export interface GatewayStandIn {
  /** For the REST stand-in's GET /gateway/bot. */
  url: string;
  /** Resolves with the IDENTIFY payload of the first client. */
  identified: Promise<Json>;
  dispatch(event: string, data: unknown): void;
  close(): Promise<void>;
}

export async function startGatewayStandIn(o: { botId: string; applicationId: string }): Promise<GatewayStandIn> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', resolve));
  const url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
  const sockets = new Set<WebSocket>();
  let seq = 0;
  let onIdentify: (d: Json) => void = () => undefined;
  const identified = new Promise<Json>((resolve) => (onIdentify = resolve));
  const send = (ws: WebSocket, op: number, d: unknown, t: string | null = null) =>
    ws.send(JSON.stringify({ op, d, s: op === 0 ? ++seq : null, t }));

  wss.on('connection', (ws) => {
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    send(ws, 10, { heartbeat_interval: 41_250 });
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as { op: number; d: Json };
      if (msg.op === 1) send(ws, 11, null);
      if (msg.op === 2) {
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
    });
  });

  return {
    url,
    identified,
    dispatch: (event, data) => {
      for (const ws of sockets) send(ws, 0, data, event);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const ws of sockets) ws.terminate();
        wss.close(() => resolve());
      }),
  };
}
