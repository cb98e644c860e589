/**
 * The health and metrics listener on its own (checks and metrics of our making), and the
 * readiness checks the app assembles (createApp with a clock of ours).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app.js';
import { loadEnv } from '../../src/config/env.js';
import { checkReadiness, type ReadinessCheck } from '../../src/http/readiness.js';
import { startHttpServer } from '../../src/http/server.js';
import { silentLogger } from '../../src/logger.js';
import { Metrics } from '../../src/metrics.js';
import { family, histogramCount, parseExposition, scrape, value } from '../helpers/prometheus.js';

const check = (name: string, run: ReadinessCheck['run']): ReadinessCheck => ({ name, run });
const ok = async () => ({ ok: true, detail: 'fine' });

describe('the listener', () => {
  it('answers /healthz, /readyz with each check, and /metrics in the Prometheus text format', async () => {
    const metrics = new Metrics();
    metrics.observeOutbox(async () => ({ pending: 3, oldestPendingAgeSeconds: 42.5 }));
    metrics.feedPolls.inc({ outcome: 'ok' }, 2);
    metrics.alerts.inc({ rule: 'iraq-syria-bases', severity: 'high' });
    metrics.analysisDuration.observe(0.002);
    let dbUp = true;
    const server = await startHttpServer({
      host: '127.0.0.1',
      port: 0,
      metrics,
      log: silentLogger,
      readiness: [
        check('database', async () => (dbUp ? { ok: true, detail: 'answers' } : Promise.reject(new Error('SQLITE_BUSY: database is locked')))),
        check('poll', ok),
      ],
    });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${server.url}/healthz`);
      expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);

      const ready = await fetch(`${server.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({
        status: 'ready',
        failed: [],
        checks: { database: { ok: true, detail: 'answers' }, poll: { ok: true, detail: 'fine' } },
      });
      dbUp = false;
      const notReady = await fetch(`${server.url}/readyz`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toEqual({
        status: 'not ready',
        failed: ['database'],
        checks: { database: { ok: false, detail: 'SQLITE_BUSY: database is locked' }, poll: { ok: true, detail: 'fine' } },
      });

      const families = await scrape(server.url);
      expect(value(families, 'sitrep_feed_polls_total', { outcome: 'ok' })).toBe(2);
      expect(value(families, 'sitrep_alerts_total', { rule: 'iraq-syria-bases', severity: 'high' })).toBe(1);
      expect(value(families, 'sitrep_outbox_pending')).toBe(3);
      expect(value(families, 'sitrep_outbox_oldest_pending_age_seconds')).toBe(42.5);
      expect(histogramCount(families, 'sitrep_analysis_duration_seconds')).toBe(1);
      expect(family(families, 'sitrep_delivery_latency_seconds', 'HISTOGRAM').metrics).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('is read by a parser that refuses what is not the exposition format', () => {
    expect(() => parseExposition('# TYPE sitrep_x counter\nsitrep_x{outcome="ok" 2\n')).toThrow(/invalid line/i);
  });

  it('fails a check that does not answer in time, and keeps answering', async () => {
    const r = await checkReadiness([check('database', () => new Promise(() => {})), check('poll', ok)], 50);
    expect(r).toEqual({
      ready: false,
      failed: ['database'],
      checks: { database: { ok: false, detail: 'no answer within 0.05 s' }, poll: { ok: true, detail: 'fine' } },
    });
  });

  it('says what it serves: 404 for another path, 405 for another method', async () => {
    const server = await startHttpServer({ host: '127.0.0.1', port: 0, metrics: new Metrics(), log: silentLogger, readiness: [] });
    try {
      const missing = await fetch(`${server.url}/status`);
      expect([missing.status, await missing.json()]).toEqual([404, { error: 'no such path: /status (try /healthz, /readyz, /metrics)' }]);
      const post = await fetch(`${server.url}/healthz`, { method: 'POST', body: 'x' });
      expect([post.status, post.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
      expect((await fetch(`${server.url}/healthz`, { method: 'HEAD' })).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('refuses to start on a port in use, saying so', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      await expect(startHttpServer({ host: '127.0.0.1', port, metrics: new Metrics(), log: silentLogger, readiness: [] })).rejects.toThrow(
        `cannot listen on 127.0.0.1:${port} for health and metrics: another program listens there; set SITREP_HTTP_PORT (or http.port) to another port, or 0 for any free one`,
      );
    } finally {
      blocker.close();
    }
  });
});

describe('the readiness checks of the app', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-ready-'));
  const apps: App[] = [];
  afterAll(async () => {
    for (const app of apps) await app.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  });

  const start = async (env: Record<string, string>, configText = 'feeds: []\n') => {
    let now = new Date('2026-11-20T12:00:00Z');
    const configFile = join(dir, `sitrep-${apps.length}.yaml`);
    writeFileSync(configFile, configText);
    const app = await createApp({
      env: loadEnv({ SITREP_DB: join(dir, `ready-${apps.length}.db`), ...env }),
      configFile,
      log: silentLogger,
      console: { out: new Writable({ write: (_c, _e, cb) => cb() }), json: true },
      clock: { now: () => now },
      discord: 'bot',
    });
    apps.push(app);
    return { app, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
  };

  it('is ready once a poll cycle completed, not when none did in 3 poll intervals, nor when the database is gone', async () => {
    const { app, advance } = await start({}, 'polling:\n  interval: 1m\nfeeds: []\n');
    expect(app.readiness.map((c) => c.name)).toEqual(['database', 'poll', 'feeds', 'leases']);
    expect(await checkReadiness(app.readiness)).toMatchObject({
      ready: false,
      failed: ['poll'],
      checks: { poll: { ok: false, detail: 'no poll cycle has completed yet' } },
    });
    await app.poller.pollAll({ onlyDue: true });
    expect(await checkReadiness(app.readiness)).toMatchObject({ ready: true });
    advance(3 * 60_000);
    expect(await checkReadiness(app.readiness)).toMatchObject({ ready: true });
    advance(1_000);
    expect(await checkReadiness(app.readiness)).toMatchObject({
      ready: false,
      failed: ['poll'],
      checks: { poll: { ok: false, detail: 'last poll cycle completed 181 s ago (limit 180 s)' } },
    });
    await app.poller.pollAll({ onlyDue: true });
    await app.database.close();
    const r = await checkReadiness(app.readiness);
    expect(r.failed).toEqual(['database']);
    expect(r.checks.database!.detail).toMatch(/destroyed|closed/i);
  });

  it('listens only when asked, on loopback unless told otherwise; the environment wins over the file', async () => {
    expect((await start({})).app.httpListen).toBeNull();
    expect((await start({}, 'http:\n  port: 9464\n')).app.httpListen).toEqual({ host: '127.0.0.1', port: 9464 });
    expect((await start({ SITREP_HTTP_PORT: '9100', SITREP_HTTP_HOST: '0.0.0.0' }, 'http:\n  port: 9464\n')).app.httpListen).toEqual({
      host: '0.0.0.0',
      port: 9100,
    });
  });
});
