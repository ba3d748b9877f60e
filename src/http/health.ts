// `GET /healthz`: 200 while the store answers, 503 otherwise (the container health check).
import { probeStore } from '../store/health.js';
import type { Store } from '../store/store.js';
import { sendJson, type Route } from './server.js';

export function healthRoute(store: Store): Route {
  return {
    method: 'GET',
    path: '/healthz',
    handler: async (_req, res) => {
      try {
        await probeStore(store.db);
        sendJson(res, 200, { ok: true, store: store.dialect });
      } catch {
        sendJson(res, 503, { ok: false, store: store.dialect });
      }
    },
  };
}
