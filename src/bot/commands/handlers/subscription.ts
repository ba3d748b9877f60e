// `/digest subscribe | unsubscribe | schedule | empty`: a channel's digest run from chat. What an
// admin creates here is the admins' own (origin admin) and survives restarts; a channel set in
// the config file is refused with the place to change it (decision 0020).
import { userError } from '../../../errors.js';
import type { Destination } from '../../../model.js';
import { scheduleFromText } from '../../../runtime/schedule-text.js';
import { nextSlotAfter, scheduleFor } from '../../../runtime/slots.js';
import { checkTopic } from '../../../sources/feeds-admin.js';
import { changeDestination, reenableDestination, retireDestination, upsertDestination } from '../../../store/destinations.js';
import { listFeeds } from '../../../store/feeds.js';
import type { DIGEST_EMPTY, DIGEST_SCHEDULE, DIGEST_SUBSCRIBE } from '../catalog.js';
import { editableDestination, type ActionHandler, type CommandContext } from '../context.js';
import { scheduleLine, topicsText } from '../replies/channel.js';
import { plainReply } from '../replies/feeds.js';
import type { ArgsOf } from '../spec.js';

/** `robotics, space robots` → two topics; without commas each word is a topic. */
function readTopics(text: string | undefined): string[] {
  const t = text?.trim() ?? '';
  if (t === '' || /^(all|every|\*)$/i.test(t)) return [];
  const parts = t.includes(',') ? t.split(',') : t.split(/\s+/);
  return [...new Set(parts.map((p) => checkTopic(p)).filter((p) => p !== null))];
}

const globalSchedule = (ctx: CommandContext) => ({
  crons: ctx.deps.config.schedule.crons,
  timezone: ctx.deps.config.schedule.timezone,
});

const nextLine = (ctx: CommandContext, d: Destination) =>
  `Next digest: ${nextSlotAfter(scheduleFor(globalSchedule(ctx), d), ctx.now).label}.`;

export const digestSubscribe: ActionHandler<ArgsOf<typeof DIGEST_SUBSCRIBE>> = async (ctx, { topics }) => {
  const db = ctx.deps.store.db;
  const wanted = readTopics(topics);
  const before = ctx.destination ? editableDestination(ctx) : null;
  let dest: Destination;
  if (before?.enabled) dest = await changeDestination(db, before.id, { topics: wanted });
  else {
    dest = await upsertDestination(db, {
      platform: ctx.inv.platform,
      channelId: ctx.inv.channelId,
      name: before?.name ?? null,
      topics: wanted,
      emptyDigest: before?.emptyDigest ?? ctx.deps.config.digest.emptyDigest,
      origin: 'admin',
      schedule: before?.schedule ?? null,
      include: before?.include ?? [],
      exclude: before?.exclude ?? [],
      now: ctx.now,
    });
    if (!dest.enabled && (await reenableDestination(db, dest.id))) dest = { ...dest, enabled: true, disabledReason: null };
  }
  const known = new Set((await listFeeds(db)).map((f) => f.topic));
  const unknown = wanted.filter((t) => !known.has(t));
  const lines = [
    before?.enabled
      ? `This channel's digest now covers ${topicsText(dest.topics)}.`
      : `This channel now gets the digest, covering ${topicsText(dest.topics)}.`,
    scheduleLine(dest, scheduleFor(globalSchedule(ctx), dest)),
    nextLine(ctx, dest),
    unknown.length > 0 ? `No feed has ${topicsText(unknown)} yet: add one with /feeds add <url> ${unknown[0]}.` : null,
    'Change it with /digest schedule and /digest empty; stop it with /digest unsubscribe.',
  ];
  return plainReply(lines.filter((l) => l !== null).join('\n'), 'Subscribed');
};

export const digestUnsubscribe: ActionHandler<unknown> = async (ctx) => {
  const dest = editableDestination(ctx);
  if (!dest.enabled) return plainReply('This channel does not get digests now; nothing changed.');
  await retireDestination(ctx.deps.store.db, dest.id, 'UNSUBSCRIBED');
  return plainReply(
    'This channel no longer gets the digest. Its settings and history stay: /digest subscribe brings it back as it was.',
  );
};

export const digestSchedule: ActionHandler<ArgsOf<typeof DIGEST_SCHEDULE>> = async (ctx, { times }) => {
  const dest = editableDestination(ctx);
  let schedule = null;
  if (!/^default$/i.test(times.trim())) {
    const parsed = scheduleFromText(times, dest.schedule?.timezone ?? ctx.deps.config.schedule.timezone);
    if (!parsed.ok)
      throw userError(
        'BAD_ARGUMENT',
        `Cannot read that schedule: ${parsed.problem}. Usage: /digest schedule 08:00 17:30 Europe/Paris, or default.`,
      );
    schedule = parsed.schedule;
  }
  const changed = await changeDestination(ctx.deps.store.db, dest.id, { schedule });
  return plainReply(`${scheduleLine(changed, scheduleFor(globalSchedule(ctx), changed))}\n${nextLine(ctx, changed)}`);
};

export const digestEmpty: ActionHandler<ArgsOf<typeof DIGEST_EMPTY>> = async (ctx, { mode }) => {
  const dest = editableDestination(ctx);
  const changed = await changeDestination(ctx.deps.store.db, dest.id, { emptyDigest: mode });
  return plainReply(
    changed.emptyDigest === 'skip'
      ? 'With nothing new, this channel now gets nothing at its slot.'
      : 'With nothing new, this channel now gets a short note at its slot.',
  );
};
