// Destinations: the channels a digest goes to, with their topics and empty-digest setting.
import { z } from 'zod';
import type { Destination, EmptyDigestMode, Platform } from '../model.js';
import { readJson, stringList } from './json.js';
import type { DestinationRow } from './schema.js';
import type { Db } from './store.js';

const platform = z.enum(['slack', 'discord', 'console']);
const emptyMode = z.enum(['short', 'skip']);

export interface DestinationInput {
  platform: Platform;
  channelId: string;
  name?: string | null;
  topics: string[];
  emptyDigest: EmptyDigestMode;
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
  };
}

/** Creates the destination or updates its settings from configuration; its id and health stay. */
export async function upsertDestination(db: Db, d: DestinationInput): Promise<Destination> {
  const row = await db
    .insertInto('destinations')
    .values({
      platform: d.platform,
      channel_id: d.channelId,
      name: d.name ?? null,
      topics: JSON.stringify(d.topics),
      empty_digest: d.emptyDigest,
      created_at: d.now,
    })
    .onConflict((oc) =>
      oc.columns(['platform', 'channel_id']).doUpdateSet({
        name: d.name ?? null,
        topics: JSON.stringify(d.topics),
        empty_digest: d.emptyDigest,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
  return destinationFromRow(row);
}

export async function listDestinations(db: Db): Promise<Destination[]> {
  const rows = await db.selectFrom('destinations').selectAll().orderBy('id').execute();
  return rows.map(destinationFromRow);
}

/** The destination of a chat channel, if the channel receives a digest. */
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
