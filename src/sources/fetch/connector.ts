// The only way a feed request reaches the network: resolve once, refuse the whole answer if any
// address is not allowed, then dial that very address (no second lookup, so no DNS rebinding).
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { buildConnector } from 'undici';
import { errorMessage } from '../../errors.js';
import { refusalReason, type AddressPolicy } from './address-policy.js';
import { FetchError } from './fetch-error.js';

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** DNS as the fetcher sees it; tests pass a stub. */
export type Resolve = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolve: Resolve = (hostname) => lookup(hostname, { all: true, verbatim: true });

/** The address to dial for `hostname`, or a FEED_ADDRESS_BLOCKED error when any answer is refused. */
export async function allowedAddress(policy: AddressPolicy, resolve: Resolve, hostname: string, port: number): Promise<string> {
  let addresses: string[];
  if (isIP(hostname)) addresses = [hostname];
  else {
    try {
      addresses = (await resolve(hostname)).map((a) => a.address);
    } catch (err) {
      throw new FetchError('FEED_FETCH_FAILED', `Cannot resolve ${hostname}: ${errorMessage(err)}`, { retryable: true });
    }
  }
  if (addresses.length === 0) throw new FetchError('FEED_FETCH_FAILED', `Cannot resolve ${hostname}: no addresses`);
  for (const address of addresses) {
    const why = refusalReason(policy, address, hostname, port);
    if (why) throw new FetchError('FEED_ADDRESS_BLOCKED', `Refused to connect to ${hostname}: ${why} (not a public address)`);
  }
  return addresses[0]!;
}

/** An undici connector that checks every connection it opens; TLS is verified against the URL's host name. */
export function guardedConnector(policy: AddressPolicy, resolve: Resolve, connectTimeoutMs: number): buildConnector.connector {
  const connect = buildConnector({ timeout: connectTimeoutMs, rejectUnauthorized: true });
  return (options, callback) => {
    const port = Number(options.port) || (options.protocol === 'https:' ? 443 : 80);
    allowedAddress(policy, resolve, options.hostname, port).then(
      (address) => {
        const servername = options.servername ?? (isIP(options.hostname) ? undefined : options.hostname);
        connect({ ...options, hostname: address, ...(servername ? { servername } : {}) }, callback);
      },
      (err: Error) => callback(err, null),
    );
  };
}
