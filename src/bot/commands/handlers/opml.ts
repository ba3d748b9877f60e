// `/feeds import | export`: OPML in (a URL, or a file attached where the platform allows it)
// and out (a file on Discord; its text on Slack, which cannot attach one to an answer).
import { userError } from '../../../errors.js';
import { exportOpml, fetchOpml, importOpml } from '../../../sources/opml-import.js';
import { plural } from '../../render/text.js';
import type { FEEDS_IMPORT } from '../catalog.js';
import type { ActionHandler } from '../context.js';
import type { ArgsOf } from '../spec.js';

/** Larger than this, Slack's answer cannot hold the whole file: the CLI can. */
const SLACK_TEXT_MAX = 100_000;
const SHOWN = 10;

export const feedsImport: ActionHandler<ArgsOf<typeof FEEDS_IMPORT>> = async (ctx, { url, file, topic }) => {
  const source = file ?? url;
  if (!source)
    throw userError(
      'BAD_ARGUMENT',
      ctx.inv.platform === 'discord'
        ? 'Attach an OPML file (file) or give its URL (url).'
        : 'Give the URL of an OPML file: /feeds import <url> [topic] (Slack cannot attach a file to a command; `digestbot feeds import <file>` reads one on the server).',
    );
  const text = await fetchOpml(ctx.deps.fetcher, source);
  const r = await importOpml(ctx.deps.store.db, text, {
    topic: topic ?? null,
    addedBy: `${ctx.inv.platform}:${ctx.inv.userId}`,
    now: ctx.now,
  });
  const lines = [
    `Added ${plural(r.added.length, 'feed')}; each is polled within minutes, and what it holds now counts as read.`,
    ...r.added.slice(0, SHOWN).map((f) => `#${f.id} ${f.title ?? f.url} [${f.topic ?? 'no topic'}]`),
    r.added.length > SHOWN ? `…and ${r.added.length - SHOWN} more (see /feeds list).` : null,
    r.skipped.length > 0
      ? `Already there, skipped: ${r.skipped.slice(0, SHOWN).join(', ')}${r.skipped.length > SHOWN ? ', …' : ''}`
      : null,
    r.problems.length > 0 ? `Not read: ${r.problems.slice(0, SHOWN).join('; ')}${r.problems.length > SHOWN ? '; …' : ''}` : null,
    r.seedsRemoved > 0 ? `The ${plural(r.seedsRemoved, 'starter feed')} the bot polled until now were removed.` : null,
  ];
  return { title: 'OPML import', sections: [{ text: lines.filter((l) => l !== null).join('\n') }], private: true };
};

export const feedsExport: ActionHandler<unknown> = async (ctx) => {
  const text = await exportOpml(ctx.deps.store.db, ctx.now);
  const tooLong = ctx.inv.platform === 'slack' && text.length > SLACK_TEXT_MAX;
  const note =
    ctx.inv.platform === 'discord'
      ? 'Attached: every feed the bot polls, one folder per topic. Any feed reader imports it.'
      : tooLong
        ? 'The list is too long to show whole here: run `digestbot feeds export` on the server for the file.'
        : 'Every feed the bot polls, one folder per topic: save the text below as a .opml file; any feed reader imports it.';
  return {
    title: 'OPML export',
    sections: [{ text: note }],
    private: true,
    ...(tooLong ? {} : { file: { name: 'digestbot-feeds.opml', text } }),
  };
};
