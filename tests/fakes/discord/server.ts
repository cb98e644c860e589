/**
 * A fake Discord for tests: the REST v10 routes and the JSON gateway that discord.js uses, on
 * 127.0.0.1, with fault injection (429s, 5xx, 403/404, dropped gateway connections) and Discord's
 * 3-second interaction deadline.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export interface FakeChannel {
  id: string;
  guildId: string;
  name: string;
  /** 'ok', or how posting to it fails: 403 Missing Permissions, 404 Unknown Channel; 'no-files': 403 for messages with files (no Attach Files). */
  state: 'ok' | 'forbidden' | 'deleted' | 'no-files';
}

/** A file uploaded with a message (multipart `files[n]`), as Discord keeps it. */
export interface FakeAttachment {
  id: string;
  filename: string;
  size: number;
  content_type: string | null;
  url: string;
  data: Buffer;
}

/** Discord's limits on uploads (bots without boosts): files per message and bytes per file. */
export const UPLOAD_LIMITS = { files: 10, bytes: 10 * 1024 * 1024 } as const;

export interface FakeMessage {
  id: string;
  channel_id: string;
  content: string;
  embeds: any[];
  attachments: FakeAttachment[];
  nonce: string | null;
  allowed_mentions: any;
  message_reference: any;
  edits: number;
  timestamp: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: any;
  /** Files of a multipart request (`files[n]`), by n. */
  files: { field: string; filename: string; contentType: string; data: Buffer }[];
  status: number;
  headers: IncomingMessage['headers'];
}

/** A failure the fake answers with instead of handling the request. */
export type Fault = { status: 429; retryAfterMs: number; global?: boolean } | { status: 500 | 502 | 503 } | { status: 'drop' };

export interface InteractionRecord {
  id: string;
  token: string;
  createdAt: number;
  /** Callback type Discord got first (4 reply, 5 defer, 6 deferred update, 7 update, 8 autocomplete). */
  callbackType: number | null;
  callbackAt: number | null;
  callbackData: any;
  original: any;
  followUps: any[];
  /** Errors answered to the bot for this interaction (e.g. 10062 after the deadline). */
  errors: { code: number; message: string }[];
  settled: Promise<void>;
  settle: () => void;
}

let snowflakeCounter = 0n;
export function snowflake(): string {
  // Discord snowflakes: ms since 2015 << 22, plus a counter, so they sort by time.
  return (((BigInt(Date.now()) - 1420070400000n) << 22n) + (snowflakeCounter++ % 4096n)).toString();
}

export const PERMISSIONS = {
  ManageGuild: 1n << 5n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  ReadMessageHistory: 1n << 16n,
  Administrator: 1n << 3n,
};
export const MEMBER_PERMISSIONS = PERMISSIONS.ViewChannel | PERMISSIONS.SendMessages;
export const MANAGER_PERMISSIONS = MEMBER_PERMISSIONS | PERMISSIONS.ManageGuild;

export interface FakeDiscordOptions {
  token?: string;
  applicationId?: string;
  interactionDeadlineMs?: number;
  heartbeatIntervalMs?: number;
  /** Gateway shards of the bot (Discord's recommendation from /gateway/bot); each guild belongs to one. */
  shards?: number;
  /** Discord's global REST limit per bot token: beyond `requests` in a window of `windowMs`, 429 (global). */
  globalLimit?: { requests: number; windowMs: number };
}

export class FakeDiscord {
  readonly token: string;
  readonly applicationId: string;
  readonly botUser = { id: '', username: 'sitrep', discriminator: '0', global_name: 'Sitrep', avatar: null, bot: true };
  readonly guilds = new Map<string, { id: string; name: string; ownerId: string }>();
  readonly channels = new Map<string, FakeChannel>();
  readonly messages = new Map<string, FakeMessage>();
  readonly requests: RecordedRequest[] = [];
  readonly globalCommands: any[] = [];
  readonly guildCommands = new Map<string, any[]>();
  readonly interactions = new Map<string, InteractionRecord>();
  /** Every error the fake answered, in order (status, Discord code, route). */
  readonly errors: { status: number; code: number | null; path: string }[] = [];
  readonly interactionDeadlineMs: number;
  /** Decides per request whether to inject a fault; null lets it through. */
  faultFor: (method: string, path: string) => Fault | null = () => null;
  /** Added latency per REST request. */
  latencyMs = 0;
  /** Added latency for some requests only (ms; 0 for none), on top of `latencyMs`. */
  delayFor: (method: string, path: string) => number = () => 0;
  /** When false, gateway connections are refused (an outage of the gateway alone). */
  acceptGateway = true;

  private readonly nonces = new Map<string, FakeMessage>();
  private server!: Server;
  private wss!: WebSocketServer;
  private readonly sessions = new Map<string, { seq: number; events: any[]; socket: WebSocket | null; shard: [number, number] }>();
  readonly gatewayLog: { dir: 'in' | 'out'; op: number; t?: string | null }[] = [];
  /** IDENTIFY payloads received (token removed). */
  readonly identifies: any[] = [];
  private readonly heartbeatIntervalMs: number;
  readonly shards: number;
  private readonly globalLimit: FakeDiscordOptions['globalLimit'];
  private globalWindow = { start: 0, count: 0 };
  /** REST requests refused for exceeding the global limit. */
  globalLimited = 0;
  port = 0;

  constructor(opts: FakeDiscordOptions = {}) {
    this.token = opts.token ?? 'fake-token';
    this.applicationId = opts.applicationId ?? snowflake();
    this.botUser.id = this.applicationId;
    this.interactionDeadlineMs = opts.interactionDeadlineMs ?? 3000;
    this.heartbeatIntervalMs = opts.heartbeatIntervalMs ?? 41_250;
    this.shards = opts.shards ?? 1;
    this.globalLimit = opts.globalLimit;
  }

  /** The shard a guild's events go to: Discord's formula, (guild_id >> 22) % shards. */
  shardOf(guildId: string): number {
    return Number((BigInt(guildId) >> 22n) % BigInt(this.shards));
  }

  /** Adds guilds until there is one on each shard; returns their ids by shard. */
  addGuildPerShard(): string[] {
    const byShard: (string | undefined)[] = Array.from({ length: this.shards }, () => undefined);
    while (byShard.some((g) => g === undefined)) {
      const id = snowflake();
      const shard = this.shardOf(id);
      if (byShard[shard]) continue;
      this.guilds.set(id, { id, name: `Server on shard ${shard}`, ownerId: snowflake() });
      byShard[shard] = id;
    }
    return byShard as string[];
  }

  /**
   * Whether this request goes over the global limit (a fixed window, as Discord's per-second
   * bucket); interaction answers do not count, as on Discord.
   */
  private overGlobalLimit(path: string): boolean {
    if (!this.globalLimit || path.startsWith('/interactions/') || path.startsWith('/webhooks/')) return false;
    const now = Date.now();
    if (now - this.globalWindow.start >= this.globalLimit.windowMs) this.globalWindow = { start: now, count: 0 };
    return ++this.globalWindow.count > this.globalLimit.requests;
  }

  get restUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  async start(port = 0): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/gateway') || !this.acceptGateway) return socket.destroy();
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onGatewayConnection(ws));
    });
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  addGuild(name = 'Test server'): string {
    const id = snowflake();
    this.guilds.set(id, { id, name, ownerId: snowflake() });
    return id;
  }

  addChannel(guildId: string, name = 'alerts', state: FakeChannel['state'] = 'ok'): string {
    const id = snowflake();
    this.channels.set(id, { id, guildId, name, state });
    return id;
  }

  messagesIn(channelId: string): FakeMessage[] {
    return [...this.messages.values()].filter((m) => m.channel_id === channelId);
  }

  // ---------------------------------------------------------------- REST

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const bytes = Buffer.concat(chunks);
    const path = decodeURIComponent(url.pathname).replace(/^\/api(\/v\d+)?/, '');
    const method = req.method ?? 'GET';
    let body: any = null;
    const files: RecordedRequest['files'] = [];
    if (String(req.headers['content-type'] ?? '').startsWith('multipart/form-data')) {
      // As Discord reads uploads: the JSON body in `payload_json`, each file in `files[n]`.
      const form = await new Request('http://fake/', {
        method: 'POST',
        headers: { 'content-type': String(req.headers['content-type']) },
        body: bytes,
      }).formData();
      const payload = form.get('payload_json');
      body = typeof payload === 'string' ? JSON.parse(payload) : {};
      for (const [field, value] of form.entries()) {
        if (typeof value === 'string') continue;
        files.push({ field, filename: value.name, contentType: value.type, data: Buffer.from(await value.arrayBuffer()) });
      }
    } else {
      const raw = bytes.toString('utf8');
      try {
        body = raw ? JSON.parse(raw) : null;
      } catch {
        body = raw;
      }
    }
    const record: RecordedRequest = { method, path, query: url.searchParams, body, files, status: 0, headers: req.headers };
    this.requests.push(record);
    const send = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      if (status >= 400) this.errors.push({ status, code: (payload as any)?.code ?? null, path });
      res.writeHead(status, {
        ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
        'x-ratelimit-limit': '50',
        'x-ratelimit-remaining': '49',
        'x-ratelimit-reset-after': '0.001',
        'x-ratelimit-reset': String(Date.now() / 1000 + 0.001),
        'x-ratelimit-bucket': 'fakebucket',
        ...headers,
      });
      res.end(payload === undefined ? undefined : JSON.stringify(payload));
    };
    if (this.latencyMs) await new Promise((r) => setTimeout(r, this.latencyMs));
    const delay = this.delayFor(method, path);
    if (delay) await new Promise((r) => setTimeout(r, delay));

    if (!path.startsWith('/interactions/') && !path.startsWith('/webhooks/') && req.headers.authorization !== `Bot ${this.token}`) {
      return send(401, { message: '401: Unauthorized', code: 0 });
    }
    const fault: Fault | null = this.overGlobalLimit(path)
      ? { status: 429, retryAfterMs: this.globalLimit!.windowMs, global: true }
      : this.faultFor(method, path);
    if (fault?.status === 429 && fault.global) this.globalLimited++;
    if (fault) {
      if (fault.status === 'drop') {
        record.status = -1;
        req.socket.destroy();
        return;
      }
      if (fault.status === 429) {
        const seconds = fault.retryAfterMs / 1000;
        return send(
          429,
          { message: 'You are being rate limited.', retry_after: seconds, global: fault.global ?? false },
          {
            'retry-after': String(Math.ceil(seconds)),
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset-after': String(seconds),
            'x-ratelimit-reset': String(Date.now() / 1000 + seconds),
            'x-ratelimit-scope': 'user',
            ...(fault.global ? { 'x-ratelimit-global': 'true' } : {}),
          },
        );
      }
      return send(fault.status, { message: 'Internal Server Error', code: 0 });
    }
    try {
      const out = this.route(method, path, url.searchParams, body, files);
      send(out.status, out.body);
    } catch (err) {
      send(500, { message: String(err), code: 0 });
    }
  }

  private route(method: string, path: string, query: URLSearchParams, body: any, files: RecordedRequest['files']): { status: number; body?: unknown } {
    const ok = (b?: unknown) => ({ status: b === undefined ? 204 : 200, body: b });
    const fail = (status: number, code: number, message: string) => ({ status, body: { message, code } });
    let m: RegExpMatchArray | null;

    if (method === 'GET' && (path === '/gateway/bot' || path === '/gateway')) {
      return ok({ url: this.gatewayUrl, shards: this.shards, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } });
    }
    if (method === 'GET' && path === '/users/@me') return ok(this.botUser);
    if (method === 'GET' && path === '/applications/@me') return ok({ id: this.applicationId, name: 'Sitrep', flags: 0, bot: this.botUser });

    if ((m = path.match(/^\/applications\/(\d+)\/commands$/))) {
      if (m[1] !== this.applicationId) return fail(403, 50001, 'Missing Access');
      if (method === 'PUT') return ok(this.storeCommands(this.globalCommands, body));
      if (method === 'GET') return ok(this.globalCommands);
    }
    if ((m = path.match(/^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/))) {
      if (m[1] !== this.applicationId) return fail(403, 50001, 'Missing Access');
      if (!this.guilds.has(m[2]!)) return fail(403, 50001, 'Missing Access');
      const list = this.guildCommands.get(m[2]!) ?? [];
      this.guildCommands.set(m[2]!, list);
      if (method === 'PUT') return ok(this.storeCommands(list, body));
      if (method === 'GET') return ok(list);
    }

    if (method === 'POST' && (m = path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/))) {
      return this.interactionCallback(m[1]!, m[2]!, query, body);
    }
    if ((m = path.match(/^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/))) {
      return this.webhook(method, m[2]!, m[3] ?? null, body, files);
    }

    if ((m = path.match(/^\/channels\/(\d+)$/)) && method === 'GET') {
      const ch = this.channels.get(m[1]!);
      if (!ch || ch.state === 'deleted') return fail(404, 10003, 'Unknown Channel');
      if (ch.state === 'forbidden') return fail(403, 50001, 'Missing Access');
      return ok(this.channelJson(ch));
    }
    if ((m = path.match(/^\/channels\/(\d+)\/messages$/)) && method === 'POST') {
      const ch = this.channels.get(m[1]!);
      if (!ch || ch.state === 'deleted') return fail(404, 10003, 'Unknown Channel');
      if (ch.state === 'forbidden') return fail(403, 50013, 'Missing Permissions');
      if (ch.state === 'no-files' && files.length > 0) return fail(403, 50013, 'Missing Permissions');
      if (body?.nonce != null && String(body.nonce).length > 25) return fail(400, 50035, 'Invalid Form Body (nonce)');
      if (body?.enforce_nonce && body.nonce != null) {
        const seen = this.nonces.get(`${ch.id}:${body.nonce}`);
        if (seen) return ok(this.messageJson(seen));
      }
      const attachments = this.attach([], body, files);
      if (typeof attachments === 'string') return fail(400, 50035, `Invalid Form Body: ${attachments}`);
      const msg: FakeMessage = {
        id: snowflake(),
        channel_id: ch.id,
        content: body?.content ?? '',
        embeds: body?.embeds ?? [],
        attachments,
        nonce: body?.nonce ?? null,
        allowed_mentions: body?.allowed_mentions ?? null,
        message_reference: body?.message_reference ?? null,
        edits: 0,
        timestamp: new Date().toISOString(),
      };
      const problem = validateMessage(msg) ?? resolveAttachmentUrls(msg);
      if (problem) return fail(400, 50035, `Invalid Form Body: ${problem}`);
      this.messages.set(msg.id, msg);
      if (body?.enforce_nonce && body.nonce != null) this.nonces.set(`${ch.id}:${body.nonce}`, msg);
      return ok(this.messageJson(msg));
    }
    if ((m = path.match(/^\/channels\/(\d+)\/messages\/(\d+)$/)) && method === 'PATCH') {
      const ch = this.channels.get(m[1]!);
      if (!ch || ch.state === 'deleted') return fail(404, 10003, 'Unknown Channel');
      if (ch.state === 'forbidden') return fail(403, 50013, 'Missing Permissions');
      const msg = this.messages.get(m[2]!);
      if (!msg || msg.channel_id !== ch.id) return fail(404, 10008, 'Unknown Message');
      if (ch.state === 'no-files' && files.length > 0) return fail(403, 50013, 'Missing Permissions');
      const attachments = this.attach(msg.attachments, body, files);
      if (typeof attachments === 'string') return fail(400, 50035, `Invalid Form Body: ${attachments}`);
      if (body?.content !== undefined) msg.content = body.content;
      if (body?.embeds !== undefined) msg.embeds = body.embeds;
      if (body?.allowed_mentions !== undefined) msg.allowed_mentions = body.allowed_mentions;
      msg.attachments = attachments;
      msg.edits++;
      const problem = validateMessage(msg) ?? resolveAttachmentUrls(msg);
      if (problem) return fail(400, 50035, `Invalid Form Body: ${problem}`);
      return ok(this.messageJson(msg));
    }
    if ((m = path.match(/^\/guilds\/(\d+)$/)) && method === 'GET') {
      const g = this.guilds.get(m[1]!);
      return g ? ok(this.guildJson(g)) : fail(404, 10004, 'Unknown Guild');
    }
    return fail(404, 0, `404: Not Found (${method} ${path})`);
  }

  /**
   * The attachments of a message after a create or edit, as Discord computes them: without an
   * `attachments` field, existing ones stay and new files are added; with one, only those it lists
   * stay (existing by id, new uploads by their `files[n]` index). A string says what is wrong.
   */
  private attach(existing: FakeAttachment[], body: any, files: RecordedRequest['files']): FakeAttachment[] | string {
    const uploads = new Map<string, FakeAttachment>();
    for (const f of files) {
      const n = f.field.match(/^files\[(\d+)\]$/)?.[1];
      if (n === undefined) return `unexpected form field ${f.field}`;
      if (f.data.length > UPLOAD_LIMITS.bytes) return `file ${f.filename} larger than ${UPLOAD_LIMITS.bytes} bytes`;
      const id = snowflake();
      uploads.set(n, {
        id,
        filename: f.filename,
        size: f.data.length,
        content_type: f.contentType || null,
        url: `https://cdn.fake/attachments/${id}/${f.filename}`,
        data: f.data,
      });
    }
    let out: FakeAttachment[];
    if (body?.attachments === undefined) out = [...existing, ...uploads.values()];
    else {
      out = [];
      for (const a of body.attachments as { id: string | number; filename?: string }[]) {
        const upload = uploads.get(String(a.id));
        const kept = existing.find((e) => e.id === String(a.id));
        if (upload) out.push(a.filename ? { ...upload, filename: a.filename, url: upload.url.replace(/[^/]+$/, a.filename) } : upload);
        else if (kept) out.push(kept);
        else return `attachments: unknown attachment ${a.id}`;
      }
    }
    if (out.length > UPLOAD_LIMITS.files) return `more than ${UPLOAD_LIMITS.files} attachments`;
    return out;
  }

  private storeCommands(list: any[], body: any[]): any[] {
    list.length = 0;
    for (const c of body ?? []) list.push({ ...c, id: snowflake(), application_id: this.applicationId, version: snowflake() });
    return list;
  }

  private interactionCallback(id: string, token: string, query: URLSearchParams, body: any): { status: number; body?: unknown } {
    const rec = this.interactions.get(id);
    if (!rec || rec.token !== token) return { status: 404, body: { message: 'Unknown interaction', code: 10062 } };
    const now = Date.now();
    if (rec.callbackType === null && now - rec.createdAt > this.interactionDeadlineMs) {
      rec.errors.push({ code: 10062, message: 'Unknown interaction' });
      rec.settle();
      return { status: 404, body: { message: 'Unknown interaction', code: 10062 } };
    }
    if (rec.callbackType !== null) {
      rec.errors.push({ code: 40060, message: 'Interaction has already been acknowledged.' });
      return { status: 400, body: { message: 'Interaction has already been acknowledged.', code: 40060 } };
    }
    rec.callbackType = body.type;
    rec.callbackAt = now;
    rec.callbackData = body.data ?? null;
    if (body.type === 4 || body.type === 7) rec.original = { id: snowflake(), ...body.data };
    // A defer is not an answer yet: the test waits for the edit of @original.
    if (body.type !== 5 && body.type !== 6) rec.settle();
    if (query.get('with_response') === 'true') {
      return { status: 200, body: { interaction: { id, type: 2 }, resource: { type: body.type, message: rec.original ?? undefined } } };
    }
    return { status: 204 };
  }

  private webhook(method: string, token: string, messageId: string | null, body: any, files: RecordedRequest['files']): { status: number; body?: unknown } {
    const rec = [...this.interactions.values()].find((r) => r.token === token);
    if (!rec || rec.callbackType === null) return { status: 404, body: { message: 'Unknown Webhook', code: 10015 } };
    const asMessage = (data: any) => ({
      id: data.id,
      type: 0,
      channel_id: '0',
      content: '',
      embeds: [],
      components: [],
      author: this.botUser,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      mentions: [],
      mention_roles: [],
      pinned: false,
      mention_everyone: false,
      tts: false,
      flags: data.flags ?? 0,
      ...data,
      attachments: (data.attachments ?? []).map(attachmentJson),
    });
    if (method === 'PATCH' && messageId === '@original') {
      const attachments = this.attach(rec.original?.attachments ?? [], body, files);
      if (typeof attachments === 'string') return { status: 400, body: { message: `Invalid Form Body: ${attachments}`, code: 50035 } };
      const next = { ...(rec.original ?? { id: snowflake() }), ...body, attachments };
      const problem = resolveAttachmentUrls(next);
      if (problem) return { status: 400, body: { message: `Invalid Form Body: ${problem}`, code: 50035 } };
      rec.original = next;
      rec.settle();
      return { status: 200, body: asMessage(rec.original) };
    }
    if (method === 'GET' && messageId === '@original')
      return rec.original ? { status: 200, body: asMessage(rec.original) } : { status: 404, body: { message: 'Unknown Message', code: 10008 } };
    if (method === 'POST' && messageId === null) {
      const attachments = this.attach([], body, files);
      if (typeof attachments === 'string') return { status: 400, body: { message: `Invalid Form Body: ${attachments}`, code: 50035 } };
      const msg = { id: snowflake(), ...body, attachments };
      rec.followUps.push(msg);
      rec.settle();
      return { status: 200, body: asMessage(msg) };
    }
    if (method === 'DELETE' && messageId === '@original') {
      rec.original = null;
      return { status: 204 };
    }
    return { status: 404, body: { message: 'Unknown Message', code: 10008 } };
  }

  private channelJson(ch: FakeChannel) {
    // A forbidden channel denies the bot (through @everyone, whose role id is the server id) posting.
    const overwrites = ch.state === 'forbidden' ? [{ id: ch.guildId, type: 0, allow: '0', deny: String(PERMISSIONS.SendMessages) }] : [];
    return { id: ch.id, type: 0, guild_id: ch.guildId, name: ch.name, position: 0, permission_overwrites: overwrites, nsfw: false, parent_id: null };
  }

  private messageJson(m: FakeMessage) {
    return {
      id: m.id,
      type: 0,
      channel_id: m.channel_id,
      content: m.content,
      embeds: m.embeds,
      author: this.botUser,
      timestamp: m.timestamp,
      edited_timestamp: m.edits ? new Date().toISOString() : null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: m.allowed_mentions?.roles ?? [],
      attachments: m.attachments.map(attachmentJson),
      pinned: false,
      nonce: m.nonce ?? undefined,
      flags: 0,
      components: [],
    };
  }

  private guildJson(g: { id: string; name: string; ownerId: string }) {
    return {
      id: g.id,
      name: g.name,
      icon: null,
      owner_id: g.ownerId,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [
        {
          id: g.id,
          name: '@everyone',
          permissions: String(MEMBER_PERMISSIONS | PERMISSIONS.EmbedLinks | PERMISSIONS.ReadMessageHistory),
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      system_channel_flags: 0,
      premium_tier: 0,
      preferred_locale: 'en-US',
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
    };
  }

  // ---------------------------------------------------------------- gateway

  private onGatewayConnection(ws: WebSocket): void {
    let sessionId: string | null = null;
    const send = (payload: any) => {
      this.gatewayLog.push({ dir: 'out', op: payload.op, t: payload.t ?? null });
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(payload));
    };
    send({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs }, s: null, t: null });
    ws.on('message', (data) => {
      const msg = JSON.parse(data.toString());
      this.gatewayLog.push({ dir: 'in', op: msg.op });
      switch (msg.op) {
        case 1:
          send({ op: 11, d: null, s: null, t: null });
          break;
        case 2: {
          if (msg.d?.token !== this.token && msg.d?.token !== `Bot ${this.token}`) return ws.close(4004, 'Authentication failed.');
          this.identifies.push({ ...msg.d, token: undefined });
          sessionId = snowflake();
          const shard: [number, number] = Array.isArray(msg.d?.shard) ? msg.d.shard : [0, 1];
          const session = { seq: 0, events: [] as any[], socket: ws, shard };
          this.sessions.set(sessionId, session);
          this.emitTo(session, 'READY', {
            v: 10,
            user: this.botUser,
            guilds: this.guildsOf(shard).map((g) => ({ id: g.id, unavailable: true })),
            session_id: sessionId,
            resume_gateway_url: this.gatewayUrl,
            shard,
            application: { id: this.applicationId, flags: 0 },
          });
          for (const g of this.guildsOf(shard)) this.emitTo(session, 'GUILD_CREATE', this.guildCreate(g));
          break;
        }
        case 6: {
          const session = this.sessions.get(msg.d?.session_id);
          if (!session) return send({ op: 9, d: false, s: null, t: null });
          sessionId = msg.d.session_id;
          session.socket = ws;
          for (const e of session.events) if (e.s > msg.d.seq) send(e);
          this.emitTo(session, 'RESUMED', {});
          break;
        }
        default:
          break;
      }
    });
    ws.on('close', () => {
      const s = sessionId ? this.sessions.get(sessionId) : null;
      if (s?.socket === ws) s.socket = null;
    });
  }

  /** The guilds a session on this shard receives. */
  private guildsOf([id, count]: [number, number]) {
    return [...this.guilds.values()].filter((g) => Number((BigInt(g.id) >> 22n) % BigInt(count)) === id);
  }

  private emitTo(session: { seq: number; events: any[]; socket: WebSocket | null }, t: string, d: unknown): void {
    const payload = { op: 0, t, s: ++session.seq, d };
    session.events.push(payload);
    this.gatewayLog.push({ dir: 'out', op: 0, t });
    if (session.socket?.readyState === 1) session.socket.send(JSON.stringify(payload));
  }

  private guildCreate(g: { id: string; name: string; ownerId: string }) {
    return {
      ...this.guildJson(g),
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 2,
      voice_states: [],
      // Discord always includes the bot's own member, even without the GuildMembers intent.
      members: [{ user: this.botUser, roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 }],
      channels: [...this.channels.values()].filter((c) => c.guildId === g.id && c.state !== 'deleted').map((c) => this.channelJson(c)),
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  /**
   * Sends a dispatch to every live session (and buffers it for resumes); an event of a guild goes
   * only to the sessions of the guild's shard, as Discord does.
   */
  dispatch(t: string, d: unknown): void {
    const guildId = (d as { guild_id?: unknown } | null)?.guild_id;
    for (const s of this.sessions.values()) {
      if (typeof guildId === 'string' && Number((BigInt(guildId) >> 22n) % BigInt(s.shard[1])) !== s.shard[0]) continue;
      this.emitTo(s, t, d);
    }
  }

  /** Cuts every gateway connection abruptly, as a network failure would. */
  dropGateway(): void {
    for (const ws of this.wss.clients) ws.terminate();
  }

  /** Asks clients to reconnect (op 7), as Discord does before moving a session. */
  requestReconnect(): void {
    for (const ws of this.wss.clients) ws.send(JSON.stringify({ op: 7, d: null, s: null, t: null }));
  }

  /** Forgets sessions, so the next RESUME gets INVALID_SESSION and the client identifies afresh. */
  invalidateSessions(): void {
    this.sessions.clear();
    for (const ws of this.wss.clients) ws.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
  }

  gatewayConnections(): number {
    return this.wss.clients.size;
  }

  // ---------------------------------------------------------------- interactions

  /** Registers an interaction that the test dispatches; see tests/fakes/discord/interactions.ts. */
  newInteraction(): InteractionRecord {
    let settle!: () => void;
    const settled = new Promise<void>((r) => (settle = r));
    const rec: InteractionRecord = {
      id: snowflake(),
      token: `tok_${snowflake()}`,
      createdAt: Date.now(),
      callbackType: null,
      callbackAt: null,
      callbackData: null,
      original: null,
      followUps: [],
      errors: [],
      settled,
      settle,
    };
    this.interactions.set(rec.id, rec);
    return rec;
  }
}

/** The checks Discord makes on a message that tests rely on: embed limits and nonce size. */
export function validateMessage(m: { content: string; embeds: any[] }): string | null {
  if (m.content.length > 2000) return 'content longer than 2000';
  if (m.embeds.length > 10) return 'more than 10 embeds';
  let total = 0;
  for (const e of m.embeds) {
    if ((e.title ?? '').length > 256) return 'embed title longer than 256';
    if ((e.description ?? '').length > 4096) return 'embed description longer than 4096';
    if ((e.fields ?? []).length > 25) return 'more than 25 fields';
    for (const f of e.fields ?? []) {
      if (!f.name || f.name.length > 256) return 'field name empty or longer than 256';
      if (!f.value || f.value.length > 1024) return 'field value empty or longer than 1024';
      total += f.name.length + f.value.length;
    }
    if ((e.footer?.text ?? '').length > 2048) return 'footer longer than 2048';
    total += (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length + (e.author?.name ?? '').length;
  }
  if (total > 6000) return 'embeds longer than 6000 in all';
  return null;
}

function attachmentJson(a: FakeAttachment) {
  return { id: a.id, filename: a.filename, size: a.size, content_type: a.content_type, url: a.url, proxy_url: a.url };
}

/**
 * Embed images given as `attachment://NAME` point at the message's attachment of that name, as
 * Discord resolves them (to its CDN URL). Discord shows a broken image for a name that matches
 * none; the fake refuses the message, so tests catch it.
 */
export function resolveAttachmentUrls(m: { embeds?: any[]; attachments?: FakeAttachment[] }): string | null {
  for (const e of m.embeds ?? []) {
    for (const key of ['image', 'thumbnail'] as const) {
      const url: unknown = e[key]?.url;
      if (typeof url !== 'string' || !url.startsWith('attachment://')) continue;
      const name = url.slice('attachment://'.length);
      const file = (m.attachments ?? []).find((a) => a.filename === name);
      if (!file) return `embed ${key} refers to attachment ${name}, which the message does not have`;
      e[key] = { ...e[key], url: file.url, proxy_url: file.url };
    }
  }
  return null;
}
