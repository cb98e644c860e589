import ipaddr from 'ipaddr.js';

/** One entry of `network.allow` as the SSRF guard uses it; null when it names nothing it could match. */
export type AllowEntry =
  | { kind: 'range'; range: [ipaddr.IPv4 | ipaddr.IPv6, number] }
  | { kind: 'suffix'; suffix: string }
  | { kind: 'host'; host: string }
  | null;

// A DNS name: dot-separated labels of letters, digits, "-" and "_", an optional final dot.
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*\.?$/;

/**
 * Reads one `network.allow` entry: an IP address, a CIDR range, "*.example.org" (every host under
 * it) or a host name. Anything else (a URL, a range with a bad prefix, words) is null: taken as a
 * host name it would silently open nothing. Pure.
 */
export function readAllowEntry(raw: string): AllowEntry {
  const entry = raw.trim().toLowerCase();
  if (ipaddr.isValidCIDR(entry)) return { kind: 'range', range: ipaddr.parseCIDR(entry) };
  if (ipaddr.isValid(entry)) {
    const addr = ipaddr.parse(entry);
    return { kind: 'range', range: [addr, addr.kind() === 'ipv4' ? 32 : 128] };
  }
  if (entry.startsWith('*.') && HOST_NAME.test(entry.slice(2))) return { kind: 'suffix', suffix: entry.slice(1).replace(/\.$/, '') };
  if (HOST_NAME.test(entry)) return { kind: 'host', host: entry.replace(/\.$/, '') };
  return null;
}
