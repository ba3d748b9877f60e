// `node --import tsx --import test/helpers/load-log.ts …`: appends the URL of every module the
// process loads through the ES module loader (CommonJS packages' entries included) to the file
// named by DIGESTBOT_LOAD_LOG, so a test can assert what a command does not load.
import { register } from 'node:module';

const hooks = `
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  appendFileSync(process.env.DIGESTBOT_LOAD_LOG, url + '\\n');
  return next(url, context);
}`;

register(`data:text/javascript,${encodeURIComponent(hooks)}`);
