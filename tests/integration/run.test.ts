import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FeedServer, startFeedServer } from '../fakes/feed-server.js';
import { startCli, waitForOutput } from '../helpers/cli.js';
import { writeConfig } from '../helpers/config-file.js';

const [seedTitle, ...seedBody] = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8').split('\n');
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

describe('sitrep run', () => {
  let server: FeedServer;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-run-'));
  const config = join(dir, 'sitrep.yaml');

  beforeAll(async () => {
    server = await startFeedServer();
    server.route('/feed.xml', {
      contentType: 'application/rss+xml',
      etag: '"v1"',
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><guid>seed</guid><title>${escapeXml(seedTitle!)}</title><pubDate>${new Date().toUTCString()}</pubDate>
<description>${escapeXml(seedBody.join('\n'))}</description></item></channel></rss>`,
    });
    writeConfig(config, {
      feeds: [
        { id: 'wire', url: server.url('/feed.xml'), interval: '1s' },
        { id: 'unreachable', url: 'http://127.0.0.1:9/feed.xml', interval: '1s' },
      ],
      rules: [{ id: 'any-attack', match: {} }],
    });
  });
  afterAll(() => server.close());

  it('starts without Discord, alerts on the console, keeps polling, survives a dead feed and stops cleanly', async () => {
    const child = startCli(['run', '--config', config], { SITREP_DB: join(dir, 'run.db') });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));

    await waitForOutput(child, /Discord is not configured/);
    await waitForOutput(child, /\[MEDIUM\]|\[HIGH\]|\[LOW\]|\[CRITICAL\]/);
    // Polled on schedule again (a conditional GET answered 304), and the dead feed logged each time.
    const deadline = Date.now() + 60_000;
    while (server.requests('/feed.xml').length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(server.requests('/feed.xml').length).toBeGreaterThanOrEqual(2);
    expect(server.requests('/feed.xml')[1]!.headers['if-none-match']).toBe('"v1"');

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout.match(/^\[(LOW|MEDIUM|HIGH|CRITICAL)\] /gm)).toHaveLength(1);
    expect(stdout).toContain(seedTitle!.slice(0, 60));
    expect(stderr).toMatch(/"feed":"unreachable".*feed poll failed/);
    expect(stderr).toMatch(/"msg":"stopped"/);
    // Alive and saying so: a ready line with the next poll, then one summary line per cycle.
    expect(stderr).toMatch(/"msg":"ready: 2 feeds and 1 rule, alerts to the console; next poll now"/);
    expect(stderr).toMatch(
      /"msg":"poll cycle: 2 feeds: 1 ok, 0 not modified, 1 failed; 1 new item; 1 alert; next poll (now|in a few seconds \((\d{4}-\d\d-\d\d )?\d\d:\d\d UTC\))"/,
    );
    expect(stderr).toMatch(
      /"msg":"poll cycle: (2 feeds: 0 ok, 1 not modified, 1 failed|1 feed: 0 ok, 1 not modified, 0 failed|1 feed: 0 ok, 0 not modified, 1 failed); 0 new items; 0 alerts/,
    );
    // Not a terminal: no progress indicator.
    expect(stderr).not.toContain('polling feeds:');
  });
});
