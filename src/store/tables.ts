/**
 * Row types of the store. Portable across SQLite and PostgreSQL: timestamps are ISO-8601 UTC text
 * (they sort as text), booleans are 0/1 integers, structured values are JSON text.
 */
export interface FeedStateTable {
  feed_id: string;
  url: string;
  etag: string | null;
  last_modified: string | null;
  last_poll_at: string | null;
  last_success_at: string | null;
  last_status: number | null;
  last_error: string | null;
  consecutive_failures: number;
  /** Set after a feed's first successful poll: later polls alert on every new item. */
  first_poll_at: string | null;
  next_poll_at: string | null;
  items_seen: number;
  disabled_at: string | null;
  disabled_reason: string | null;
  /** The process polling the feed now (see store/coordination.ts), and until when its lease holds. */
  lease_owner: string | null;
  lease_until: string | null;
}

export interface SeenItemTable {
  feed_id: string;
  item_key: string;
  /**
   * When the item was first seen; for an item without a trustworthy date, when the feed last
   * listed it, so that retention forgets it only once the feed has dropped it.
   */
  seen_at: string;
}

export interface DocumentTable {
  id: string;
  feed_id: string;
  item_key: string;
  guid: string | null;
  link: string | null;
  title: string;
  content: string;
  published_at: string;
  first_seen_at: string;
  /** JSON of the Extraction. */
  analysis: string;
  is_attack: number;
  incident_id: string | null;
}

export interface IncidentTable {
  id: string;
  created_at: string;
  updated_at: string;
  /** Publication time of the first and latest report. */
  first_published_at: string;
  last_published_at: string;
  title: string;
  severity: string;
  source_count: number;
  /** JSON of the merged incident (attack types, places, actors, casualties, sources), without its fingerprints. */
  data: string;
}

/**
 * The fingerprints an incident keeps (incidents/merge.ts: of its first 20 and latest 30 sources),
 * one row each (migration 0013): a report that joins adds its own row, instead of the incident's
 * JSON carrying every kept fingerprint again.
 */
export interface IncidentFingerprintTable {
  incident_id: string;
  /** Order of addition within the incident: 0 for the first report's. */
  seq: number;
  document_id: string;
  /** The link's identity (identity.ts normalizeLink). */
  link: string | null;
  /** The sketches (incidents/fingerprint.ts): their 32-bit hashes, little-endian, in base64. */
  title: string;
  body: string;
  vocabulary: string;
}

/**
 * The look-up keys of an incident (incidents/keys.ts: country, geographic cell, link, text), with
 * its first publication time copied from `incidents`, so that one index range answers "candidates
 * for a report" (a report joins within the window of an incident's first report).
 */
export interface IncidentKeyTable {
  key: string;
  incident_id: string;
  first_published_at: string;
}

export interface AlertTable {
  id: string;
  rule_id: string;
  guild_id: string | null;
  incident_id: string;
  document_id: string;
  /** 'new' for an incident's first alert, 'update' when a later report changed it. */
  kind: string;
  severity: string;
  created_at: string;
}

/**
 * One message to one target (a Discord channel, or the console) for one report of an incident:
 * every matching rule the target subscribed to, in one alert.
 */
export interface OutboxTable {
  id: string;
  /** The first of the rule alerts the message carries (the others are in `payload`). */
  alert_id: string;
  incident_id: string;
  /** The report that caused this message. */
  document_id: string;
  /** 'console' or 'discord'. */
  sink: string;
  /** Channel id for Discord, 'stdout' for the console. */
  target: string;
  /** JSON of the Alert to send, listing every rule it is for. */
  payload: string;
  /** Sent with the message so that a resend after a crash is deduplicated by Discord. */
  nonce: string;
  /** 'pending' | 'sent' | 'failed' (permanent, see last_error). */
  status: string;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  message_id: string | null;
  created_at: string;
  sent_at: string | null;
  /** The sender working on the row, until `claimed_until`; null when unclaimed. */
  claimed_by: string | null;
  claimed_until: string | null;
}

/** The subscriptions an outbox message serves (their rules, roles and thresholds). */
export interface OutboxSubscriptionTable {
  outbox_id: string;
  subscription_id: string;
}

export interface SubscriptionTable {
  id: string;
  guild_id: string;
  channel_id: string;
  rule_id: string;
  min_severity: string;
  mention_role: string | null;
  /** 'ok' | 'failing'. */
  status: string;
  failure_reason: string | null;
  failing_since: string | null;
  created_by: string | null;
  created_at: string;
  /** Local hour (0–23) of the subscription's daily digest; null for none. */
  digest_hour: number | null;
  digest_time_zone: string | null;
}

/** A digest claimed or sent for one schedule (subscription or config entry) and period. */
export interface DigestTable {
  id: string;
  schedule_key: string;
  period_start: string;
  period_end: string;
  /** 'claimed' (being posted, or failed and to be retried) | 'sent'. */
  status: string;
  /** The process that claimed it; another may take over after the claim is stale. */
  claimed_by: string;
  claimed_at: string;
  attempts: number;
  last_error: string | null;
  message_id: string | null;
  sent_at: string | null;
}

export interface GuildRuleTable {
  guild_id: string;
  rule_id: string;
  /** JSON of the Rule. */
  definition: string;
  created_by: string | null;
  created_at: string;
}

export interface GuildFeedTable {
  guild_id: string;
  feed_id: string;
  url: string;
  name: string | null;
  /** Channel where the feed was added: told when the feed gets disabled. */
  channel_id: string | null;
  created_by: string | null;
  created_at: string;
}

/** A job that runs once per cluster every period (retention, digest tick, command registration). */
export interface ClusterJobTable {
  name: string;
  /** The process that ran it last, and when. */
  owner: string;
  last_run_at: string;
  /** Until then no process runs it again. */
  next_run_at: string;
}

/** The last follow-up posted to a target about an incident (migration 0012). */
export interface IncidentFollowUpTable {
  incident_id: string;
  /** 'discord'. */
  sink: string;
  /** Channel id. */
  target: string;
  message_id: string | null;
  /** The toll the follow-up told. */
  killed: number | null;
  injured: number | null;
  posted_at: string;
}

export interface Database {
  feed_state: FeedStateTable;
  seen_items: SeenItemTable;
  documents: DocumentTable;
  incidents: IncidentTable;
  incident_keys: IncidentKeyTable;
  incident_fingerprints: IncidentFingerprintTable;
  alerts: AlertTable;
  outbox: OutboxTable;
  outbox_subscriptions: OutboxSubscriptionTable;
  subscriptions: SubscriptionTable;
  guild_rules: GuildRuleTable;
  guild_feeds: GuildFeedTable;
  digests: DigestTable;
  cluster_jobs: ClusterJobTable;
  incident_follow_ups: IncidentFollowUpTable;
}
