// Destinations: the channels a digest goes to, with their owner (config or admin), topics,
// schedule, empty-digest mode, keyword filters and language.
import { z } from 'zod';
import {
  OTHER_LANGUAGE_MODES,
  type Destination,
  type EmptyDigestMode,
  type OtherLanguageMode,
  type Platform,
  type ScheduleSpec,
} from '../model.js';
import { readJson, stringList } from './json.js';
import type { DestinationRow } from './schema.js';
import type { Db } from './store.js';

const platform = z.enum(['slack', 'discord', 'console']);
const emptyMode = z.enum(['short', 'skip']);
const origin = z.enum(['config', 'admin']);
const otherLanguages = z.enum(OTHER_LANGUAGE_MODES);
const schedule = z.object({ crons: z.array(z.string()).min(1), timezone: z.string() });

/** Disabled for these reasons, a destination comes back when it is declared or subscribed again. */
export const RETIRED_REASONS = ['REMOVED_FROM_CONFIG', 'UNSUBSCRIBED'] as const;

export interface DestinationInput {
  platform: Platform;
  channelId: string;
  name?: string | null;
  topics: string[];
  emptyDigest: EmptyDigestMode;
  /** Default `admin`. */
  origin?: 'config' | 'admin';
  schedule?: ScheduleSpec | null;
  include?: string[];
  exclude?: string[];
  language?: string | null;
  otherLanguages?: OtherLanguageMode;
  now: number;
}

export function destinationFromRow(r: DestinationRow): Destination {
  return {
    id: r.id,
    platform: platform.parse(r.platform),
    channelId: r.channel_id,
    name: r.name,
    topics: readJson(stringList, r.topics, 'destinations.topics'),
    emptyDigest: emptyMode.parse(r.empty_digest),
    enabled: r.enabled === 1,
    disabledReason: r.disabled_reason,
    origin: origin.catch('admin').parse(r.origin),
    schedule: r.schedule === null ? null : readJson(schedule, r.schedule, 'destinations.schedule'),
    include: readJson(stringList, r.include_patterns, 'destinations.include_patterns'),
    exclude: readJson(stringList, r.exclude_patterns, 'destinations.exclude_patterns'),
    language: r.language,
    otherLanguages: otherLanguages.catch('section').parse(r.other_languages),
  };
}

/**
 * Creates the destination or sets every setting of it (its id and history stay). One that was
 * retired (removed from the config, unsubscribed) is enabled again; one disabled because the
 * channel refused posts stays disabled until an admin retries.
 */
export async function upsertDestination(db: Db, d: DestinationInput): Promise<Destination> {
  const settings = {
    name: d.name ?? null,
    topics: JSON.stringify(d.topics),
    empty_digest: d.emptyDigest,
    origin: d.origin ?? 'admin',
    schedule: d.schedule ? JSON.stringify(d.schedule) : null,
    include_patterns: JSON.stringify(d.include ?? []),
    exclude_patterns: JSON.stringify(d.exclude ?? []),
    language: d.language ?? null,
    other_languages: d.otherLanguages ?? 'section',
  };
  const row = await db
    .insertInto('destinations')
    .values({ platform: d.platform, channel_id: d.channelId, created_at: d.now, ...settings })
    .onConflict((oc) =>
      oc.columns(['platform', 'channel_id']).doUpdateSet((eb) => ({
        ...settings,
        enabled: eb
          .case()
          .when('destinations.disabled_reason', 'in', [...RETIRED_REASONS])
          .then(1)
          .else(eb.ref('destinations.enabled'))
          .end(),
        disabled_reason: eb
          .case()
          .when('destinations.disabled_reason', 'in', [...RETIRED_REASONS])
          .then(null)
          .else(eb.ref('destinations.disabled_reason'))
          .end(),
      })),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
  return destinationFromRow(row);
}

/** The settings an admin changes one at a time in chat; fields left out stay. */
export interface DestinationChange {
  topics?: string[];
  emptyDigest?: EmptyDigestMode;
  schedule?: ScheduleSpec | null;
  include?: string[];
  exclude?: string[];
}

export async function changeDestination(db: Db, id: number, c: DestinationChange): Promise<Destination> {
  const row = await db
    .updateTable('destinations')
    .set({
      ...(c.topics !== undefined && { topics: JSON.stringify(c.topics) }),
      ...(c.emptyDigest !== undefined && { empty_digest: c.emptyDigest }),
      ...(c.schedule !== undefined && { schedule: c.schedule ? JSON.stringify(c.schedule) : null }),
      ...(c.include !== undefined && { include_patterns: JSON.stringify(c.include) }),
      ...(c.exclude !== undefined && { exclude_patterns: JSON.stringify(c.exclude) }),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return destinationFromRow(row);
}

/** Retires a destination (removed from the config, unsubscribed): nothing is built or posted for it; its history stays. */
export async function retireDestination(db: Db, id: number, reason: (typeof RETIRED_REASONS)[number]): Promise<void> {
  await db.updateTable('destinations').set({ enabled: 0, disabled_reason: reason }).where('id', '=', id).execute();
}

/** Enables a destination that was disabled because its channel refused posts (an admin says it is fixed). */
export async function reenableDestination(db: Db, id: number): Promise<boolean> {
  const res = await db
    .updateTable('destinations')
    .set({ enabled: 1, disabled_reason: null, consecutive_rejects: 0 })
    .where('id', '=', id)
    .where('enabled', '=', 0)
    .where((eb) => eb.or([eb('disabled_reason', 'is', null), eb('disabled_reason', 'not in', [...RETIRED_REASONS])]))
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

export async function listDestinations(db: Db): Promise<Destination[]> {
  const rows = await db.selectFrom('destinations').selectAll().orderBy('id').execute();
  return rows.map(destinationFromRow);
}

/** The destination of a chat channel, if the channel receives a digest (or did: it may be disabled). */
export async function destinationByChannel(db: Db, platform: Platform, channelId: string): Promise<Destination | undefined> {
  const row = await db
    .selectFrom('destinations')
    .selectAll()
    .where('platform', '=', platform)
    .where('channel_id', '=', channelId)
    .executeTakeFirst();
  return row && destinationFromRow(row);
}

export async function destinationsByIds(db: Db, ids: number[]): Promise<Map<number, Destination>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('destinations').selectAll().where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, destinationFromRow(r)]));
}
