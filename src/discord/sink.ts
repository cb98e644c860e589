import { createRequire } from 'node:module';
import {
  type APIEmbed,
  type APIMessage,
  DiscordAPIError,
  HTTPError,
  RateLimitError,
  REST,
  RESTEvents,
  type RESTOptions,
  type RESTPostAPIChannelMessageJSONBody,
  Routes,
} from 'discord.js';
import type { Alert } from '../alerts/alert.js';
import { asFirstAlert } from '../alerts/build.js';
import type { Delivery, DeliveryResult, Sink } from '../alerts/sink.js';
import type { Clock } from '../clock.js';
import { SetupFault } from '../config/errors.js';
import { IncidentsSchema } from '../config/schema.js';
import { lazy } from '../lazy.js';
import type { Logger } from '../logger.js';
import type { MapRenderer } from '../maps/renderer.js';
import { metrics } from '../metrics.js';
import type { Db } from '../store/database.js';
import { lastFollowUp, recordFollowUp } from '../store/follow-ups.js';
import { incidentMessageId } from '../store/outbox.js';
import { getSubscriptions, markSubscriptionsFailing } from '../store/subscriptions.js';
import { alertEdit, alertMessage, rolesToMention, severityRose, tollRose, updateFollowUp } from './embeds.js';
import { locatorJob, type MessageFile, mapFile, uploadParts, withImage } from './maps.js';

export const DEFAULT_REST_URL = 'https://discord.com/api';

/** Rate-limit waits longer than this are not sat out in memory: the outbox row is retried later instead. */
const LONGEST_IN_MEMORY_WAIT_MS = 10_000;

/**
 * Options of the REST client the bot sends with. discord.js waits out short rate limits itself (it
 * reads the X-RateLimit headers and `retry_after`); longer ones are rejected so the outbox, not
 * memory, holds the message. One quick retry of 5xx/network errors here; the outbox retries with
 * backoff beyond that.
 */
/**
 * An HTTP agent of the undici that @discordjs/rest is built on (6), one per process. Without one,
 * its requests go through the process-wide dispatcher, which is whichever undici was loaded first:
 * when the feed fetcher's undici (7) came first, a message with a file (the map) failed inside it
 * ("action is not a function"), so whether alerts arrived depended on the order of imports.
 */
export const restAgent = lazy(() => {
  const discordRequire = createRequire(createRequire(import.meta.url).resolve('discord.js'));
  const restRequire = createRequire(discordRequire.resolve('@discordjs/rest'));
  const { Agent } = restRequire('undici') as { Agent: new () => NonNullable<RESTOptions['agent']> };
  return new Agent();
});

export function restOptions(restUrl?: string | null) {
  return {
    api: restUrl || DEFAULT_REST_URL,
    agent: restAgent(),
    retries: 1,
    timeout: 15_000,
    rejectOnRateLimit: (limit: { timeToReset: number; retryAfter: number }) =>
      limit.timeToReset > LONGEST_IN_MEMORY_WAIT_MS || limit.retryAfter > LONGEST_IN_MEMORY_WAIT_MS,
  };
}

export function createRest(token: string, restUrl?: string | null): REST {
  return new REST(restOptions(restUrl)).setToken(token);
}

/**
 * Asks Discord whose the token is. A refused token is a SetupFault (nothing works until it is
 * fixed, so retrying is pointless); any other failure is left to the retries of later requests.
 */
export async function checkToken(rest: REST, log: Logger, signal?: AbortSignal): Promise<void> {
  try {
    await rest.get(Routes.user('@me'), signal ? { signal } : {});
  } catch (err) {
    // A stop asked for while Discord is slow to answer: the start is given up, not gone on with.
    signal?.throwIfAborted();
    if (err instanceof DiscordAPIError && err.status === 401) {
      throw new SetupFault(
        'Discord rejected the bot token (401 Unauthorized): set DISCORD_TOKEN to the token of the bot (Developer Portal → Bot → Reset Token)',
        { cause: err },
      );
    }
    log.warn({ err: (err as Error).message }, 'could not check the bot token with Discord; going on');
  }
}

/** A Discord sink without the gateway, for one-shot runs (`sitrep poll --once`). */
export function createDiscordSink(opts: { token: string; restUrl?: string | null; db: Db; clock: Clock; log: Logger } & DiscordSinkOptions): DiscordSink {
  return new DiscordSink(createRest(opts.token, opts.restUrl), opts.db, opts.clock, opts.log, opts);
}

export interface DiscordSinkOptions {
  /** Draws each alert's locator map; none: alerts go without one. */
  maps?: MapRenderer | null;
  /** At most one reply about a risen toll per incident and channel in this time (`incidents.tollReplySpacing`); a raised severity is never held back. */
  tollReplySpacingMs?: number;
}

/** Discord error codes that mean the channel cannot take our messages until someone fixes it. */
const BROKEN_TARGET_CODES: Record<number, string> = {
  10003: 'the channel was deleted',
  50001: 'the bot cannot see the channel (missing View Channel / Read Message History)',
  50013: 'the bot lacks permission to post there (needs Send Messages and Embed Links)',
  50008: 'the channel is not a text channel the bot can post in',
};
const UNKNOWN_MESSAGE = 10008;

const DEFAULT_TOLL_REPLY_SPACING_MS = IncidentsSchema.parse({}).tollReplySpacing;

/**
 * Delivers alerts to Discord channels over REST (independent of the gateway connection), each with
 * its locator map when a renderer is given (rendered here, at delivery, so the outbox stays small).
 */
export class DiscordSink implements Sink {
  private readonly maps: MapRenderer | null;
  private readonly tollReplySpacingMs: number;

  constructor(
    private readonly rest: REST,
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly log: Logger,
    { maps = null, tollReplySpacingMs = DEFAULT_TOLL_REPLY_SPACING_MS }: DiscordSinkOptions = {},
  ) {
    this.maps = maps;
    this.tollReplySpacingMs = tollReplySpacingMs;
    // Every 429, also those discord.js waits out by itself without the sink seeing an error.
    rest.on(RESTEvents.Response, (_request, response) => {
      if (response.status === 429) metrics.discordRateLimited.inc();
    });
  }

  async deliver(d: Delivery): Promise<DeliveryResult> {
    const subscriptions = await getSubscriptions(this.db, d.subscriptionIds);
    // Subscriptions removed since the alert was queued take their rules (and roles) off it.
    const rules = d.subscriptionIds.length ? d.alert.rules.filter((r) => subscriptions.some((s) => s.ruleId === r.id)) : d.alert.rules;
    const [first, ...more] = rules;
    if (!first) return { status: 'failed', reason: 'unsubscribed before delivery' };
    const alert = { ...d.alert, rules: [first, ...more] };
    const roles = rolesToMention(alert, subscriptions);
    // Never throws, and gives up after the renderer's timeout: the alert then goes without a map.
    const map = await mapFile(this.maps, locatorJob(alert), `map-${alert.incidentId}`);
    try {
      // One message per incident per channel: any later alert of the incident edits it.
      const earlier = await incidentMessageId(this.db, alert.incidentId, 'discord', d.target);
      if (earlier && (await this.edit(d.target, earlier, alertEdit(alert), map))) {
        await this.followUp(d, alert, roles, earlier);
        return { status: 'sent', messageId: earlier };
      }
      // No earlier message there (never sent, or deleted): the alert goes out as a full message,
      // a first alert for this channel even when the incident was posted elsewhere before.
      const message = await this.post(d.target, alertMessage(asFirstAlert(alert), roles), d.nonce, map);
      return { status: 'sent', messageId: message.id };
    } catch (err) {
      metrics.discordErrors.inc({ kind: errorKind(err) });
      const result = classifyError(err);
      if (result.status === 'held' && subscriptions.length) {
        // The channel is broken for every subscription the message serves.
        await markSubscriptionsFailing(
          this.db,
          subscriptions.map((s) => s.id),
          result.reason,
          this.clock.now(),
        );
        this.log.warn({ subscriptions: subscriptions.map((s) => s.id), channel: d.target, reason: result.reason }, 'subscriptions marked failing');
      }
      return result;
    }
  }

  /**
   * After an update edited the incident's message, a reply in the channel when the update tells
   * something a reader should not miss: severity raised (always, mentioning the roles), or a toll
   * above the one the channel was last told (at most one such reply per incident and channel every
   * tollReplySpacingMs; a rise held back is told by the next update after it). A new source alone
   * only edits: the sources of a busy incident would flood the channel.
   */
  private async followUp(d: Delivery, alert: Alert, roles: readonly string[], replyTo: string): Promise<void> {
    if (alert.kind !== 'update') return;
    const now = this.clock.now();
    const last = await lastFollowUp(this.db, alert.incidentId, 'discord', d.target);
    const told = last?.casualties ?? alert.previousCasualties;
    const risen = told !== null && tollRose(told, alert.casualties);
    const spaced = !last || now.getTime() - last.postedAt.getTime() >= this.tollReplySpacingMs;
    const severity = severityRose(alert);
    if (!severity && !(risen && spaced)) return;
    const message = await this.post(d.target, updateFollowUp(alert, severity ? roles : [], replyTo, risen ? told : null), d.nonce);
    await recordFollowUp(this.db, {
      incidentId: alert.incidentId,
      sink: 'discord',
      target: d.target,
      messageId: message.id,
      casualties: alert.casualties,
      postedAt: now,
    });
  }

  /** Posts a digest (one embed, its picture attached) with a nonce Discord enforces; returns the message id. */
  async postDigest(channelId: string, embed: APIEmbed, picture: MessageFile | null, nonce: string): Promise<string> {
    return (await this.post(channelId, { embeds: [embed], allowed_mentions: { parse: [] } }, nonce, picture)).id;
  }

  /** Posts a message that pings no one (e.g. a server's feed was disabled). */
  async notice(channelId: string, body: RESTPostAPIChannelMessageJSONBody): Promise<void> {
    await this.rest.post(Routes.channelMessages(channelId), { body });
  }

  /**
   * Posts with a nonce Discord enforces: a resend after a crash returns the first message instead of
   * a second. A map goes up with the message as a file, shown as the embed's image.
   */
  private async post(channelId: string, body: RESTPostAPIChannelMessageJSONBody, nonce: string, map: MessageFile | null = null): Promise<APIMessage> {
    const send = (m: MessageFile | null) =>
      this.rest.post(Routes.channelMessages(channelId), {
        body: { ...withMap(body, m), nonce, enforce_nonce: true },
        ...(m ? { files: uploadParts(m).files } : {}),
      });
    try {
      return (await send(map)) as APIMessage;
    } catch (err) {
      // Without Attach Files the message still goes, without its map.
      if (!map || !isMissingPermission(err)) throw err;
      this.log.warn({ channel: channelId }, 'the bot may not attach files here (Attach Files); the message goes without its map');
      return (await send(null)) as APIMessage;
    }
  }

  /**
   * Edits an earlier message; false when it no longer exists. Its map is replaced by the new one
   * (places may have changed); when the new one could not be drawn, the old one is removed too.
   */
  private async edit(channelId: string, messageId: string, body: RESTPostAPIChannelMessageJSONBody, map: MessageFile | null): Promise<boolean> {
    const request = (m: MessageFile | null) =>
      m ? { body: withMap(body, m), files: uploadParts(m).files } : { body: this.maps ? { ...body, attachments: [] } : body };
    try {
      await this.rest.patch(Routes.channelMessage(channelId, messageId), request(map)).catch((err: unknown) => {
        if (!map || !isMissingPermission(err)) throw err;
        return this.rest.patch(Routes.channelMessage(channelId, messageId), request(null));
      });
      return true;
    } catch (err) {
      if (err instanceof DiscordAPIError && err.code === UNKNOWN_MESSAGE) return false;
      throw err;
    }
  }
}

const MISSING_PERMISSIONS = 50013;
const isMissingPermission = (err: unknown) => err instanceof DiscordAPIError && err.code === MISSING_PERMISSIONS;

/** The body with the map as the first embed's image, and the upload listed in `attachments`. */
function withMap(body: RESTPostAPIChannelMessageJSONBody, map: MessageFile | null): RESTPostAPIChannelMessageJSONBody {
  if (!map || !body.embeds?.length) return body;
  const [first, ...rest] = body.embeds;
  return { ...body, embeds: [withImage(first!, map), ...rest], attachments: uploadParts(map).attachments };
}

/** The kind of a failed request, for the metrics. */
function errorKind(err: unknown): 'rate_limit' | 'server' | 'client' | 'network' {
  if (err instanceof RateLimitError) return 'rate_limit';
  if (err instanceof DiscordAPIError || err instanceof HTTPError) return err.status === 429 ? 'rate_limit' : err.status >= 500 ? 'server' : 'client';
  return 'network';
}

/** What a failed request means for the outbox row. */
export function classifyError(err: unknown): DeliveryResult {
  if (err instanceof RateLimitError) {
    return { status: 'retry', reason: `rate limited on ${err.route}`, retryAfterMs: Math.max(err.retryAfter, err.timeToReset) };
  }
  if (err instanceof DiscordAPIError || err instanceof HTTPError) {
    const code = err instanceof DiscordAPIError && typeof err.code === 'number' ? err.code : null;
    const detail = `${err.status}${code !== null ? ` ${code}` : ''} ${err.message}`;
    if (err.status === 429 || err.status >= 500) return { status: 'retry', reason: `Discord error ${detail}` };
    if (err.status === 401) return { status: 'retry', reason: `the bot token was rejected (401): ${err.message}` };
    if (err.status === 403 || err.status === 404) {
      const why = (code !== null && BROKEN_TARGET_CODES[code]) || (err.status === 404 ? 'the channel was not found' : 'access denied');
      return { status: 'held', reason: `${why} (${detail})` };
    }
    return { status: 'failed', reason: `Discord rejected the message: ${detail}` };
  }
  // Network errors and timeouts: nothing says the message went out, and the nonce makes a resend safe.
  return { status: 'retry', reason: `network error: ${(err as Error)?.message ?? String(err)}` };
}
