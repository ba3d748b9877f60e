// Discord signs every HTTP interaction with Ed25519 over `timestamp + raw body`; node:crypto
// verifies it with the application's raw public key wrapped in SPKI DER.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function discordPublicKey(hex: string): KeyObject {
  return createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
}

export type Verification = 'ok' | 'missing' | 'bad_signature' | 'stale';

/** Timestamps further than this from now (either way) are refused: a captured request cannot be replayed later. */
export const MAX_SKEW_SEC = 300;

export function verifyDiscordRequest(
  key: KeyObject,
  signature: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
  nowMs: number,
): Verification {
  if (!signature || !timestamp) return 'missing';
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_SKEW_SEC) return 'stale';
  if (!/^[0-9a-f]{128}$/i.test(signature)) return 'bad_signature';
  return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signature, 'hex'))
    ? 'ok'
    : 'bad_signature';
}
