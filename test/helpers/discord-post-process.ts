// One Discord digest part with the chart, posted from a process that loaded the feed fetcher (and
// so undici 7, which installs a process-wide dispatcher as it loads) before discord.js, as
// `digestbot start` does: `node --import tsx discord-post-process.ts <apiUrl> <channelId>`.
// Prints the post's result as one JSON line.
import '../../src/sources/fetch/fetcher.js';
import { discordDigestParts } from '../../src/bot/discord/digest-parts.js';
import { discordPoster, outboxRest } from '../../src/bot/discord/poster.js';
import { sampleDigest } from '../fixtures/digests.js';
import { tinyPng } from '../fixtures/png.js';
import { DISCORD_TOKEN } from './outbox.js';

const [apiUrl, channelId] = process.argv.slice(2) as [string, string];
const digest = sampleDigest();
const part = discordDigestParts(digest, tinyPng()).find((p) => p.chartBase64 !== null)!;
const target = { channelId, digestId: digest.id, part: part.part, queuedAt: Date.now(), firstMessageId: null };
const result = await discordPoster(outboxRest(DISCORD_TOKEN, apiUrl)).post(JSON.parse(JSON.stringify(part)), target);
process.stdout.write(`${JSON.stringify(result)}\n`);
