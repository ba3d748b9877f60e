// Heavy synchronous steps (parsing, storing a fetch) take turns: at most one starts per
// event-loop iteration, so a burst of finished downloads cannot hold timers, sockets and
// Slack/Discord acknowledgements back for the whole burst.
let last: Promise<void> = Promise.resolve();

export function nextTurn(): Promise<void> {
  const turn = last.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
  last = turn;
  return turn;
}
