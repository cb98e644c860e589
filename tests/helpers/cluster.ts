/**
 * A cluster of `sitrep run` processes on one PostgreSQL database, for the cluster tests and the
 * benchmark: many feeds of distinct attack reports on one local feed server, their config, and
 * counts read from the database with a client of its own (the processes: `startCliProcess`).
 */
import { writeFileSync } from 'node:fs';
import pg from 'pg';
import type { FeedServer } from '../fakes/feed-server.js';
import { attackEntries, rssOf } from '../fixtures/attack-feed.js';

export interface ClusterFeeds {
  /** Feed paths on the server, e.g. /f0.xml. */
  paths: string[];
  items: number;
}

/**
 * Serves `feeds` feeds of `perFeed` reports each; every report is its own event (a minute apart
 * from all others, further than the incident window the config sets), so each should make one
 * incident and one alert.
 */
export function serveClusterFeeds(server: FeedServer, feeds: number, perFeed: number, first = 0): ClusterFeeds {
  const total = feeds * perFeed;
  const all = attackEntries(total, first);
  const paths = Array.from({ length: feeds }, (_, f) => {
    const path = `/f${f}.xml`;
    server.route(path, { contentType: 'application/rss+xml', body: rssOf(all.filter((_, i) => i % feeds === f)) });
    return path;
  });
  return { paths, items: total };
}

/** A config polling each feed every `interval`; one rule that matches every attack; no maps (CPU). */
export function writeClusterConfig(file: string, server: FeedServer, paths: readonly string[], opts: { interval: string; lease: string }): void {
  const feeds = paths.map((p, i) => `  - {id: f${i}, url: "${server.url(p)}", interval: ${opts.interval}}`).join('\n');
  writeFileSync(
    file,
    `feeds:\n${feeds}\npolling:\n  concurrency: 8\n  perHostConcurrency: 8\n  lease: ${opts.lease}\n  maxItemsPerPoll: 5000\nincidents:\n  window: 20s\nmaps:\n  enabled: false\nrules:\n  - id: all\n    match: {}\n`,
  );
}

export interface ClusterCounts {
  documents: number;
  incidents: number;
  outbox: number;
  pending: number;
  sent: number;
  leased: number;
}

/** Counts in the cluster's database (null while it does not answer). */
export async function clusterCounts(url: string): Promise<ClusterCounts | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => {});
  try {
    await client.connect();
    const one = async (q: string) => Number((await client.query(q)).rows[0].n);
    return {
      documents: await one('select count(*) as n from documents'),
      incidents: await one('select count(*) as n from incidents'),
      outbox: await one('select count(*) as n from outbox'),
      pending: await one(`select count(*) as n from outbox where status = 'pending'`),
      sent: await one(`select count(*) as n from outbox where status = 'sent'`),
      leased: await one('select count(*) as n from feed_state where lease_owner is not null'),
    };
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}
