// Which addresses a feed fetch may dial: global unicast only, unless the configured allow-list says otherwise.
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

type Ip = ipaddr.IPv4 | ipaddr.IPv6;

export interface AddressPolicy {
  cidrs: [Ip, number][];
  /** `host:port` entries, host lower-cased (IPv6 without brackets). */
  hostPorts: Set<string>;
}

/** IPv6 global unicast is allocated from 2000::/3; everything else (::/96 IPv4-compatible included) is refused. */
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3');

/** Parses `fetch.allowPrivate` entries (already validated by the config schema). */
export function parseAllowList(entries: readonly string[]): AddressPolicy {
  const policy: AddressPolicy = { cidrs: [], hostPorts: new Set() };
  for (const entry of entries) {
    if (entry.includes('/')) policy.cidrs.push(ipaddr.parseCIDR(entry));
    else if (isIP(entry)) {
      const ip = ipaddr.parse(entry);
      policy.cidrs.push([ip, ip.kind() === 'ipv4' ? 32 : 128]);
    } else policy.hostPorts.add(hostPortKey(entry.slice(0, entry.lastIndexOf(':')), entry.slice(entry.lastIndexOf(':') + 1)));
  }
  return policy;
}

function hostPortKey(host: string, port: string | number): string {
  return `${host.replace(/^\[|\]$/g, '').toLowerCase()}:${port}`;
}

/** The IANA special-purpose class of an address (`unicast` for a global one), as ipaddr.js names it. */
export function addressRange(address: string): string {
  const ip = ipaddr.parse(address);
  const range = ip.range();
  if (ip.kind() === 'ipv6' && range === 'unicast' && !ip.match(GLOBAL_UNICAST_V6)) return 'reserved';
  return range;
}

/**
 * Why an address may not be dialed, or null when it may. `host` and `port` are those of the URL,
 * so `host:port` allow-list entries match what the admin typed.
 */
export function refusalReason(policy: AddressPolicy, address: string, host: string, port: number): string | null {
  if (!ipaddr.isValid(address)) return `not an IP address: ${address}`;
  const range = addressRange(address);
  if (range === 'unicast') return null;
  const ip = ipaddr.parse(address);
  if (policy.cidrs.some(([net, bits]) => net.kind() === ip.kind() && ip.match(net, bits))) return null;
  if (policy.hostPorts.has(hostPortKey(host, port)) || policy.hostPorts.has(hostPortKey(address, port))) return null;
  return `${address} is a ${range} address`;
}

/** One line for the startup log: what feeds may reach. */
export function describeFetchPolicy(fetch: {
  allowPrivate: readonly string[];
  connectTimeoutMs: number;
  timeoutMs: number;
  maxBodyBytes: number;
  perHostConcurrency: number;
  concurrency: number;
}): string {
  const allowed = fetch.allowPrivate.length ? `except ${fetch.allowPrivate.join(', ')}` : 'no exceptions';
  return (
    `feeds: http/https to global unicast addresses only (${allowed}); at most 5 redirects, no https→http; ` +
    `TLS verified; connect ${fetch.connectTimeoutMs} ms, total ${fetch.timeoutMs} ms, ` +
    `body ${fetch.maxBodyBytes} bytes after decompression; ${fetch.perHostConcurrency} per host, ${fetch.concurrency} overall`
  );
}
