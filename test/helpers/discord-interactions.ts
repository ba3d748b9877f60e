// Discord interactions as tests send them: a slash command's payload (with a fresh id each time,
// as Discord gives), and an Ed25519 key pair to sign HTTP interactions the way Discord does.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

export const APPLICATION_ID = '500000000000000001';
export const BOT_ID = '100000000000000001';

let seq = 0;

export function commandInteraction(
  channelId: string,
  name: string,
  options: unknown[],
  o: { permissions?: string; id?: string } = {},
): Record<string, unknown> {
  const n = String(++seq).padStart(6, '0');
  return {
    id: o.id ?? `6100000000000${n}`,
    application_id: APPLICATION_ID,
    type: 2,
    token: `interaction-token-${n}`,
    version: 1,
    guild_id: '620000000000000001',
    channel_id: channelId,
    channel: { id: channelId, type: 0 },
    member: {
      user: { id: '700000000000000001', username: 'ada', discriminator: '0', avatar: null, global_name: null },
      permissions: o.permissions ?? '0',
      roles: [],
      joined_at: '2025-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
    },
    app_permissions: '0',
    locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: {},
    data: { id: '800000000000000001', name, type: 1, options },
  };
}

export interface Signer {
  publicKeyHex: string;
  headers(body: string): Record<string, string>;
}

export function discordSigner(): Signer {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const key: KeyObject = privateKey;
  return {
    publicKeyHex: publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex'),
    headers: (body) => {
      const ts = String(Math.floor(Date.now() / 1000));
      return {
        'content-type': 'application/json',
        'x-signature-timestamp': ts,
        'x-signature-ed25519': sign(null, Buffer.from(ts + body), key).toString('hex'),
      };
    },
  };
}
