import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// The first schema: every table the product keeps. Types are chosen to mean the same on both
// dialects: bigint for epoch ms, integer 0/1 for flags, text for JSON, double precision for money.
export async function up(db: Kysely<unknown>, { id }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('feeds')
    .addColumn('id', id.type, id.build)
    .addColumn('url', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text')
    .addColumn('topic', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('disabled_reason', 'text')
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('interval_minutes', 'integer')
    .addColumn('next_check_at', 'bigint', (c) => c.notNull())
    .addColumn('last_checked_at', 'bigint')
    .addColumn('last_success_at', 'bigint')
    .addColumn('last_error_at', 'bigint')
    .addColumn('last_error_code', 'text')
    .addColumn('last_error', 'text')
    .addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('consecutive_not_found', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('backfill_since', 'bigint')
    .addColumn('primed_at', 'bigint')
    .addColumn('added_at', 'bigint', (c) => c.notNull())
    .addColumn('added_by', 'text')
    .execute();
  await db.schema.createIndex('feeds_due').on('feeds').columns(['status', 'next_check_at']).execute();

  await db.schema
    .createTable('stories')
    .addColumn('id', id.type, id.build)
    .addColumn('headline', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('first_seen_at', 'bigint', (c) => c.notNull())
    .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('articles')
    .addColumn('id', id.type, id.build)
    .addColumn('canonical_url', 'text', (c) => c.unique())
    .addColumn('url', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('author', 'text')
    .addColumn('published_at', 'bigint')
    .addColumn('first_seen_at', 'bigint', (c) => c.notNull())
    .addColumn('categories', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('digest_eligible', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('outlet', 'text', (c) => c.notNull())
    .addColumn('topic', 'text')
    .addColumn('story_id', 'bigint', (c) => c.references('stories.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('articles_seen').on('articles').columns(['first_seen_at']).execute();
  await db.schema.createIndex('articles_hash').on('articles').columns(['content_hash']).execute();

  await db.schema
    .createTable('feed_items')
    .addColumn('feed_id', 'bigint', (c) => c.notNull().references('feeds.id').onDelete('cascade'))
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('article_id', 'bigint', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('seen_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('feed_items_pk', ['feed_id', 'item_key'])
    .execute();
  await db.schema.createIndex('feed_items_article').on('feed_items').columns(['article_id']).execute();

  await db.schema
    .createTable('destinations')
    .addColumn('id', id.type, id.build)
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('topics', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('empty_digest', 'text', (c) => c.notNull().defaultTo('short'))
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('disabled_reason', 'text')
    .addColumn('consecutive_rejects', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('destinations_channel', ['platform', 'channel_id'])
    .execute();

  await db.schema
    .createTable('digests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('destination_id', 'bigint', (c) => c.notNull().references('destinations.id').onDelete('cascade'))
    .addColumn('slot_at', 'bigint', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('digests_slot', ['destination_id', 'slot_at'])
    .execute();

  await db.schema
    .createTable('slot_runs')
    .addColumn('destination_id', 'bigint', (c) => c.notNull().references('destinations.id').onDelete('cascade'))
    .addColumn('slot_at', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('owner', 'text')
    .addColumn('lease_until', 'bigint')
    .addColumn('started_at', 'bigint', (c) => c.notNull())
    .addColumn('finished_at', 'bigint')
    .addColumn('digest_id', 'text')
    .addColumn('error', 'text')
    .addPrimaryKeyConstraint('slot_runs_pk', ['destination_id', 'slot_at'])
    .execute();

  await db.schema
    .createTable('digest_articles')
    .addColumn('destination_id', 'bigint', (c) => c.notNull().references('destinations.id').onDelete('cascade'))
    .addColumn('article_id', 'bigint', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('digest_id', 'text', (c) => c.notNull().references('digests.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('digest_articles_pk', ['destination_id', 'article_id'])
    .execute();

  await db.schema
    .createTable('deliveries')
    .addColumn('id', id.type, id.build)
    .addColumn('digest_id', 'text', (c) => c.notNull().references('digests.id').onDelete('cascade'))
    .addColumn('destination_id', 'bigint', (c) => c.notNull().references('destinations.id').onDelete('cascade'))
    .addColumn('slot_at', 'bigint', (c) => c.notNull())
    .addColumn('part', 'integer', (c) => c.notNull())
    .addColumn('payload', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'bigint')
    .addColumn('platform_message_id', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('sent_at', 'bigint')
    .addUniqueConstraint('deliveries_part', ['destination_id', 'slot_at', 'part'])
    .execute();
  await db.schema.createIndex('deliveries_due').on('deliveries').columns(['status', 'next_attempt_at']).execute();

  await db.schema
    .createTable('rounds')
    .addColumn('id', id.type, id.build)
    .addColumn('company_key', 'text', (c) => c.notNull())
    .addColumn('company', 'text', (c) => c.notNull())
    .addColumn('amount', 'double precision')
    .addColumn('currency', 'text')
    .addColumn('amount_usd', 'double precision')
    .addColumn('round_type', 'text', (c) => c.notNull())
    .addColumn('round_type_detail', 'text')
    .addColumn('valuation', 'double precision')
    .addColumn('lead_investors', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('other_investors', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('conflict', 'text')
    .addColumn('announced_at', 'bigint', (c) => c.notNull())
    .addColumn('first_seen_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rounds_company').on('rounds').columns(['company_key', 'announced_at']).execute();
  await db.schema.createIndex('rounds_amount').on('rounds').columns(['amount_usd']).execute();

  await db.schema
    .createTable('round_sources')
    .addColumn('round_id', 'bigint', (c) => c.notNull().references('rounds.id').onDelete('cascade'))
    .addColumn('article_id', 'bigint', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('amount', 'double precision')
    .addColumn('currency', 'text')
    .addColumn('valuation', 'double precision')
    .addColumn('seen_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('round_sources_pk', ['round_id', 'article_id'])
    .execute();

  await db.schema
    .createTable('company_aliases')
    .addColumn('alias_key', 'text', (c) => c.primaryKey())
    .addColumn('company_key', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('company_aliases_company').on('company_aliases').columns(['company_key']).execute();

  await db.schema
    .createTable('leases')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
}
