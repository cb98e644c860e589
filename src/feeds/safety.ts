/**
 * Where feeds added from Discord may connect. Such a feed must not reach into the host's own
 * network (cloud metadata at 169.254.169.254, databases on 10.x, services on localhost), so every
 * address it resolves to must be public, checked when the connection is made (a DNS answer that
 * changes between a check and the connect does not get round it) and again after every redirect.
 * `network.allow` in the config opens chosen hostnames or CIDR ranges.
 */
import dns from 'node:dns';
import net from 'node:net';
import ipaddr from 'ipaddr.js';
import { readAllowEntry } from '../config/network.js';
import { FeedError } from './errors.js';

/** Ports a feed from Discord may use: the defaults and the common alternates. */
export const ALLOWED_PORTS: ReadonlySet<number> = new Set([80, 443, 8080, 8443]);

export type Resolver = (hostname: string) => Promise<dns.LookupAddress[]>;

export interface AddressPolicy {
  /** Hostnames ("feeds.internal", "*.corp.example") and addresses/CIDR ranges ("10.1.0.0/16") that are let through. */
  allow?: readonly string[];
  /** Ports an untrusted feed may use; default ALLOWED_PORTS. */
  ports?: ReadonlySet<number>;
  /** DNS resolution; default the system resolver (dns.lookup, all addresses). */
  resolve?: Resolver;
}

const systemResolver: Resolver = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

interface CompiledAllowList {
  hosts: Set<string>;
  suffixes: string[];
  ranges: Array<[ipaddr.IPv4 | ipaddr.IPv6, number]>;
}

const compiled = new WeakMap<readonly string[], CompiledAllowList>();

function compileAllowList(allow: readonly string[] = []): CompiledAllowList {
  const cached = compiled.get(allow);
  if (cached) return cached;
  const list: CompiledAllowList = { hosts: new Set(), suffixes: [], ranges: [] };
  for (const raw of allow) {
    const entry = readAllowEntry(raw);
    if (entry?.kind === 'range') list.ranges.push(entry.range);
    else if (entry?.kind === 'suffix') list.suffixes.push(entry.suffix);
    else if (entry?.kind === 'host') list.hosts.add(entry.host);
  }
  compiled.set(allow, list);
  return list;
}

function hostAllowed(hostname: string, list: CompiledAllowList): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return list.hosts.has(host) || list.suffixes.some((suffix) => host.endsWith(suffix));
}

const IPV4_WORDS: Record<string, string> = {
  unspecified: 'unspecified',
  broadcast: 'a broadcast address',
  multicast: 'multicast',
  linkLocal: 'link-local',
  loopback: 'loopback',
  carrierGradeNat: 'carrier-grade NAT (shared)',
  private: 'private',
  reserved: 'reserved',
  as112: 'reserved (AS112)',
  amt: 'reserved (AMT)',
};

/** Why an address is not public (e.g. "private", "loopback"), or null when it is public. */
export function nonPublicReason(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'not an IP address';
  // process() turns ::ffff:a.b.c.d into a.b.c.d.
  const addr = ipaddr.process(address);
  if (addr.kind() === 'ipv4') {
    const range = addr.range();
    return range === 'unicast' ? null : (IPV4_WORDS[range] ?? range);
  }
  const v6 = addr as ipaddr.IPv6;
  const range = v6.range();
  switch (range) {
    case 'unicast':
      return null;
    // Ranges that carry an IPv4 address: judge the address they carry.
    case '6to4':
      return embeddedReason(v6.parts[1]!, v6.parts[2]!, '6to4');
    case 'rfc6052':
    case 'rfc6145':
      // 64:ff9b:1::/48 is for local use only; 64:ff9b::/96 embeds a global one.
      if (v6.parts[2] !== 0) return 'reserved (local-use NAT64)';
      return embeddedReason(v6.parts[6]!, v6.parts[7]!, 'NAT64');
    case 'uniqueLocal':
      return 'private (IPv6 unique-local)';
    case 'linkLocal':
      return 'link-local';
    case 'loopback':
      return 'loopback';
    case 'unspecified':
      return 'unspecified';
    case 'multicast':
      return 'multicast';
    default:
      return `reserved (IPv6 ${range})`;
  }
}

function embeddedReason(high: number, low: number, via: string): string | null {
  const v4 = new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
  const reason = nonPublicReason(v4.toString());
  return reason === null ? null : `${reason} (${v4.toString()} inside ${via})`;
}

/** Null when an untrusted feed may connect to this address, else the message to show. */
export function blockedAddressMessage(address: string, policy: AddressPolicy): string | null {
  const reason = nonPublicReason(address);
  if (reason === null) return null;
  const list = compileAllowList(policy.allow);
  if (ipaddr.isValid(address)) {
    const addr = ipaddr.parse(address);
    const forms = [addr, ipaddr.process(address)];
    if (list.ranges.some(([net, bits]) => forms.some((a) => a.kind() === net.kind() && a.match(net, bits)))) return null;
  }
  return `address ${address} is ${reason} and not allowed`;
}

/** Thrown by the guarded DNS lookup; fetch.ts turns it into FeedError 'blocked-address'. */
export class BlockedAddressError extends Error {
  override readonly name = 'BlockedAddressError';
  readonly code = 'ESITREP_BLOCKED_ADDRESS';
}

/**
 * A `lookup` for net/tls connect (undici's `connect.lookup`) that refuses a hostname when any of
 * its addresses is not public, unless the hostname or address is allowed.
 */
export function createGuardedLookup(policy: AddressPolicy): net.LookupFunction {
  const list = compileAllowList(policy.allow);
  const resolve = policy.resolve ?? systemResolver;
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (all) => {
        if (!hostAllowed(hostname, list)) {
          for (const { address } of all) {
            const message = blockedAddressMessage(address, policy);
            if (message !== null) return callback(new BlockedAddressError(`${hostname}: ${message}`), '');
          }
        }
        const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
        const addresses = family === 4 || family === 6 ? all.filter((a) => a.family === family) : all;
        if (addresses.length === 0) return callback(Object.assign(new Error(`${hostname}: no addresses`), { code: 'ENOTFOUND' }), '');
        if (options.all) return callback(null, addresses);
        return callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, ''),
    );
  };
}

/** The bare host of a URL: IPv6 literals lose their brackets. */
export function urlHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * Checks a URL's shape before a request (every hop): http(s) only; for an untrusted feed also the
 * port, credentials and a literal IP address (which no DNS lookup will see). Throws FeedError.
 */
export function checkFeedUrl(input: string | URL, trusted: boolean, policy: AddressPolicy): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new FeedError('bad-url', `not a valid URL: ${JSON.stringify(String(input).slice(0, 200))}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FeedError('bad-url', `only http and https feeds are supported, not ${url.protocol.replace(/:$/, '')}`);
  }
  if (trusted) return url;
  const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
  const ports = policy.ports ?? ALLOWED_PORTS;
  if (!ports.has(port)) {
    throw new FeedError('bad-url', `port ${port} is not allowed; use ${[...ports].join(', ')}`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new FeedError('bad-url', 'URLs with a user name or password are not accepted');
  }
  const host = urlHost(url);
  if (net.isIP(host) !== 0 && !hostAllowed(host, compileAllowList(policy.allow))) {
    const message = blockedAddressMessage(host, policy);
    if (message !== null) throw new FeedError('blocked-address', message);
  }
  return url;
}

/**
 * The up-front check for a feed added from Discord: the URL's shape, then every address its host
 * resolves to now. Resolves to the normalised URL, or throws FeedError ('bad-url',
 * 'blocked-address' or 'network' when the host does not resolve). The fetch checks again at
 * connect time, so this is for a clear message, not the defence.
 */
export async function validateFeedUrl(input: string, policy: AddressPolicy = {}): Promise<string> {
  const url = checkFeedUrl(input.trim(), false, policy);
  const host = urlHost(url);
  if (net.isIP(host) === 0 && !hostAllowed(host, compileAllowList(policy.allow))) {
    let addresses: dns.LookupAddress[];
    try {
      addresses = await (policy.resolve ?? systemResolver)(host);
    } catch (error) {
      throw new FeedError('network', `host ${host} not found`, { cause: error });
    }
    for (const { address } of addresses) {
      const message = blockedAddressMessage(address, policy);
      if (message !== null) throw new FeedError('blocked-address', `${host}: ${message}`);
    }
  }
  return url.toString();
}
