// The curated default feed list (seeds/feeds.json), used when no feed is configured or stored.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { FeedConfig } from '../config.js';

const seedFile = z.object({
  feeds: z.array(z.object({ url: z.string().url(), topic: z.string().min(1), title: z.string().min(1) })),
});

export const SEED_FEEDS_FILE = new URL('../../seeds/feeds.json', import.meta.url);

export function seedFeeds(): FeedConfig[] {
  return seedFile.parse(JSON.parse(readFileSync(SEED_FEEDS_FILE, 'utf8'))).feeds;
}
