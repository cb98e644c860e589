import { describe, expect, it } from 'vitest';
import { FeedError } from '../../src/feeds/errors.js';
import { blockedAddressMessage, checkFeedUrl, createGuardedLookup, nonPublicReason, type Resolver, validateFeedUrl } from '../../src/feeds/safety.js';

describe('nonPublicReason', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.0.0.5', 'private'],
    ['172.16.3.4', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT (shared)'],
    ['224.0.0.1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['255.255.255.255', 'a broadcast address'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.10', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fc00::1', 'private (IPv6 unique-local)'],
    ['fd12:3456::1', 'private (IPv6 unique-local)'],
    ['fe80::1', 'link-local'],
    ['ff02::1', 'multicast'],
    ['::ffff:10.0.0.5', 'private'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['2002:0a00:0005::1', 'private (10.0.0.5 inside 6to4)'],
    ['2002:a9fe:a9fe::', 'link-local (169.254.169.254 inside 6to4)'],
    ['64:ff9b::7f00:1', 'loopback (127.0.0.1 inside NAT64)'],
    ['64:ff9b::a9fe:a9fe', 'link-local (169.254.169.254 inside NAT64)'],
    ['2001:db8::1', expect.stringMatching(/^reserved/)],
  ])('%s is %s', (address, reason) => {
    expect(nonPublicReason(address)).toEqual(reason);
  });

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8', '2002:0808:0808::1', '64:ff9b::808:808'])('%s is public', (address) => {
    expect(nonPublicReason(address)).toBeNull();
  });
});

describe('blockedAddressMessage', () => {
  it('says what is wrong in words', () => {
    expect(blockedAddressMessage('10.0.0.5', {})).toBe('address 10.0.0.5 is private and not allowed');
  });
  it('lets allowed addresses and ranges through', () => {
    expect(blockedAddressMessage('10.1.2.3', { allow: ['10.1.0.0/16'] })).toBeNull();
    expect(blockedAddressMessage('10.2.0.1', { allow: ['10.1.0.0/16'] })).not.toBeNull();
    expect(blockedAddressMessage('::ffff:10.1.2.3', { allow: ['10.1.0.0/16'] })).toBeNull();
    expect(blockedAddressMessage('fd00::5', { allow: ['fd00::/8'] })).toBeNull();
    expect(blockedAddressMessage('127.0.0.1', { allow: ['127.0.0.1'] })).toBeNull();
  });
});

describe('checkFeedUrl', () => {
  const fails = (url: string, trusted = false) => {
    try {
      checkFeedUrl(url, trusted, {});
    } catch (e) {
      expect(e).toBeInstanceOf(FeedError);
      return `${(e as FeedError).kind}: ${(e as FeedError).message}`;
    }
    return 'ok';
  };
  it('takes http(s) on common ports', () => {
    for (const url of ['http://example.org/rss', 'https://example.org:443/rss', 'http://example.org:8080/x', 'https://example.org:8443/x']) {
      expect(fails(url)).toBe('ok');
    }
  });
  it('refuses other schemes, ports, credentials and private literal addresses', () => {
    expect(fails('ftp://example.org/rss')).toBe('bad-url: only http and https feeds are supported, not ftp');
    expect(fails('file:///etc/passwd')).toMatch(/^bad-url: only http and https/);
    expect(fails('http://example.org:6379/')).toMatch(/^bad-url: port 6379 is not allowed/);
    expect(fails('http://user:pw@example.org/')).toMatch(/^bad-url: URLs with a user name/);
    expect(fails('not a url')).toMatch(/^bad-url: not a valid URL/);
    expect(fails('http://10.0.0.5/feed')).toBe('blocked-address: address 10.0.0.5 is private and not allowed');
    expect(fails('http://169.254.169.254/latest/meta-data/')).toMatch(/^blocked-address: address 169.254.169.254 is link-local/);
    expect(fails('http://[::1]/')).toMatch(/^blocked-address: address ::1 is loopback/);
    expect(fails('http://[::ffff:7f00:1]/')).toMatch(/^blocked-address: address ::ffff:7f00:1 is loopback/);
    // Numeric host forms are normalised by the URL parser before the check.
    expect(fails('http://2130706433/')).toMatch(/^blocked-address: address 127.0.0.1 is loopback/);
    expect(fails('http://0x7f.1/')).toMatch(/^blocked-address: address 127.0.0.1 is loopback/);
  });
  it('trusts config feeds with any address and port', () => {
    expect(fails('http://10.0.0.5:6379/feed', true)).toBe('ok');
    expect(fails('ftp://example.org/', true)).toMatch(/^bad-url/);
  });
});

const fakeDns =
  (table: Record<string, string[]>): Resolver =>
  async (host) => {
    const addresses = table[host];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };

describe('validateFeedUrl', () => {
  const resolve = fakeDns({
    'news.example': ['93.184.216.34'],
    'mixed.example': ['93.184.216.34', '10.0.0.5'],
    'internal.example': ['192.168.1.20'],
    'v6.example': ['2606:4700::1', 'fe80::1'],
  });
  it('accepts a public host and returns the normalised URL', async () => {
    await expect(validateFeedUrl(' https://NEWS.example/rss ', { resolve })).resolves.toBe('https://news.example/rss');
  });
  it('refuses a host when any of its addresses is not public', async () => {
    await expect(validateFeedUrl('https://mixed.example/rss', { resolve })).rejects.toMatchObject({
      kind: 'blocked-address',
      message: 'mixed.example: address 10.0.0.5 is private and not allowed',
    });
    await expect(validateFeedUrl('https://v6.example/rss', { resolve })).rejects.toMatchObject({ kind: 'blocked-address' });
  });
  it('opens allowed hostnames and ranges', async () => {
    await expect(validateFeedUrl('https://internal.example/rss', { resolve, allow: ['internal.example'] })).resolves.toBeTypeOf('string');
    await expect(validateFeedUrl('https://internal.example/rss', { resolve, allow: ['*.example'] })).resolves.toBeTypeOf('string');
    await expect(validateFeedUrl('https://internal.example/rss', { resolve, allow: ['192.168.1.0/24'] })).resolves.toBeTypeOf('string');
  });
  it('says when the host does not resolve', async () => {
    await expect(validateFeedUrl('https://nowhere.example/rss', { resolve })).rejects.toMatchObject({
      kind: 'network',
      message: 'host nowhere.example not found',
    });
  });
  it('uses the system resolver by default (localhost is loopback)', async () => {
    await expect(validateFeedUrl('http://localhost/rss')).rejects.toMatchObject({ kind: 'blocked-address' });
  });
});

describe('createGuardedLookup', () => {
  const lookup = (host: string, options: object, allow: string[] = []) =>
    new Promise<unknown>((resolve, reject) =>
      createGuardedLookup({ allow, resolve: fakeDns({ 'a.example': ['93.184.216.34', '2606:4700::1'], 'b.example': ['93.184.216.34', '127.0.0.1'] }) })(
        host,
        options,
        (err, address, family) => (err ? reject(err) : resolve(Array.isArray(address) ? address : { address, family })),
      ),
    );
  it('answers in the form asked for', async () => {
    await expect(lookup('a.example', { all: true })).resolves.toHaveLength(2);
    await expect(lookup('a.example', {})).resolves.toEqual({ address: '93.184.216.34', family: 4 });
    await expect(lookup('a.example', { family: 6 })).resolves.toEqual({ address: '2606:4700::1', family: 6 });
  });
  it('fails the connection when any address is not public', async () => {
    await expect(lookup('b.example', { all: true })).rejects.toMatchObject({
      name: 'BlockedAddressError',
      message: expect.stringContaining('127.0.0.1 is loopback'),
    });
    await expect(lookup('b.example', {}, ['b.example'])).resolves.toEqual({ address: '93.184.216.34', family: 4 });
  });
});
