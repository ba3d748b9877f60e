// Versioned migrations. Append new files; never edit one that has shipped.
import type { ColumnDefinitionBuilder, ColumnDataType, Kysely, Migration } from 'kysely';
import type { DialectName } from '../dialect.js';
import * as m0001 from './0001_init.js';
import * as m0002 from './0002_outbox.js';
import * as m0003 from './0003_feed_leases.js';
import * as m0004 from './0004_llm_cache.js';
import * as m0005 from './0005_rounds_read.js';
import * as m0006 from './0006_article_search.js';
import * as m0007 from './0007_company_alias_grams.js';
import * as m0008 from './0008_drop_articles_hash.js';
import * as m0009 from './0009_search_index_without_positions.js';
import * as m0010 from './0010_feed_last_items.js';
import * as m0011 from './0011_drop_stories.js';
import * as m0017 from './0017_config_origin.js';
import * as m0018 from './0018_channel_settings.js';
import * as m0019 from './0019_delivery_attention.js';
import * as m0020 from './0020_store_probe.js';
import * as m0023 from './0023_round_sources_by_article.js';
import * as m0024 from './0024_articles_by_date.js';
import * as m0025 from './0025_round_sources_keep_article.js';
import * as m0028 from './0028_article_lang.js';
import * as m0029 from './0029_feed_full_text.js';
import * as m0030 from './0030_page_errors.js';

export interface MigrationContext {
  dialect: DialectName;
  /** An auto-incrementing integer primary key, spelled for the dialect. */
  id: { type: ColumnDataType; build: (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder };
}

type MigrationModule = { up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> };

const MIGRATIONS: Record<string, MigrationModule> = {
  '0001_init': m0001,
  '0002_outbox': m0002,
  '0003_feed_leases': m0003,
  '0004_llm_cache': m0004,
  '0005_rounds_read': m0005,
  '0006_article_search': m0006,
  '0007_company_alias_grams': m0007,
  '0008_drop_articles_hash': m0008,
  '0009_search_index_without_positions': m0009,
  '0010_feed_last_items': m0010,
  '0011_drop_stories': m0011,
  '0017_config_origin': m0017,
  '0018_channel_settings': m0018,
  '0019_delivery_attention': m0019,
  '0020_store_probe': m0020,
  '0023_round_sources_by_article': m0023,
  '0024_articles_by_date': m0024,
  '0025_round_sources_keep_article': m0025,
  '0028_article_lang': m0028,
  '0029_feed_full_text': m0029,
  '0030_page_errors': m0030,
};

export function migrationContext(dialect: DialectName): MigrationContext {
  return {
    dialect,
    id:
      dialect === 'sqlite'
        ? { type: 'integer', build: (c) => c.primaryKey().autoIncrement() }
        : { type: 'bigint', build: (c) => c.primaryKey().generatedByDefaultAsIdentity() },
  };
}

/** The migrations Kysely's Migrator runs, bound to a dialect. `extra` lets tests add their own. */
export function migrationsFor(dialect: DialectName, extra: Record<string, MigrationModule> = {}): Record<string, Migration> {
  const ctx = migrationContext(dialect);
  const all = { ...MIGRATIONS, ...extra };
  return Object.fromEntries(Object.entries(all).map(([name, mod]) => [name, { up: (db: Kysely<unknown>) => mod.up(db, ctx) }]));
}

export type { MigrationModule };
