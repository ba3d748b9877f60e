// `GET /healthz`: 200 while the store answers a read and the last write check passed
// (store-watch.ts), 503 otherwise with the problem in one sentence (the container health check).
import { probeStore } from '../store/health.js';
import type { Store } from '../store/store.js';
import { sendJson, type Route } from './server.js';
import type { StoreWatch } from './store-watch.js';

export function healthRoute(store: Store, writes: StoreWatch): Route {
  return {
    method: 'GET',
    path: '/healthz',
    handler: async (_req, res) => {
      try {
        await probeStore(store.db);
      } catch {
        return sendJson(res, 503, { ok: false, store: store.dialect, problem: 'the store does not answer a read' });
      }
      const problem = writes.problem();
      if (problem !== null) return sendJson(res, 503, { ok: false, store: store.dialect, problem });
      sendJson(res, 200, { ok: true, store: store.dialect });
    },
  };
}
