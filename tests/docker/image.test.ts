/**
 * The Docker image, as far as it can be tested without a Docker engine: the Dockerfile is read
 * with a Dockerfile parser, the files its final stage copies are laid out in a temporary root the
 * way the image holds them (its RUN steps emulated, everything read-only but the data volume), and
 * its entry command is started there with the image's environment, as a non-root user when the
 * tests run as root. Also checked: the build context (.dockerignore) holds what the COPY lines need
 * and nothing secret, and a .env made from .env.example does not move the store off the volume.
 */

import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative } from 'node:path';
import dockerignore from '@balena/dockerignore';
import { type Copy, DockerfileParser, type Instruction, type JSONInstruction, type PropertyInstruction } from 'dockerfile-ast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { type FeedServer, startFeedServer } from '../fakes/feed-server.js';
import { startedCli } from '../helpers/young-generation.js';

// ------------------------------------------------------------------------------------------------
// The Dockerfile, read

interface Stage {
  name: string | null;
  workdir: string;
  env: Record<string, string>;
  copies: Array<{ from: string | null; sources: string[]; dest: string }>;
  runs: string[];
  user: string | null;
  volumes: string[];
  exposed: string[];
  healthcheck: { flags: Record<string, string>; command: string[] } | null;
  entrypoint: string[];
  cmd: string[];
}

const jsonArray = (i: Instruction) => (i as JSONInstruction).getJSONStrings().map((s) => s.getJSONValue());

function readDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  for (const i of DockerfileParser.parse(text).getInstructions()) {
    const keyword = i.getKeyword();
    if (keyword === 'FROM') {
      const args = i.getArguments().map((a) => a.getValue());
      stages.push({
        name: args[1]?.toUpperCase() === 'AS' ? args[2]! : null,
        workdir: '/',
        env: {},
        copies: [],
        runs: [],
        user: null,
        volumes: [],
        exposed: [],
        healthcheck: null,
        entrypoint: [],
        cmd: [],
      });
      continue;
    }
    const stage = stages.at(-1)!;
    const args = i.getArguments().map((a) => a.getValue());
    switch (keyword) {
      case 'WORKDIR':
        stage.workdir = posix.resolve(stage.workdir, args[0]!);
        break;
      case 'ENV':
        for (const p of (i as PropertyInstruction).getProperties()) stage.env[p.getName()] = p.getValue() ?? '';
        break;
      case 'COPY': {
        const from = (i as Copy).getFromFlag()?.getValue() ?? null;
        stage.copies.push({ from, sources: args.slice(0, -1), dest: posix.resolve(stage.workdir, args.at(-1)!) });
        break;
      }
      case 'RUN':
        stage.runs.push(i.getArgumentsContent() ?? '');
        break;
      case 'USER':
        stage.user = args[0]!;
        break;
      case 'VOLUME':
        stage.volumes.push(...jsonArray(i));
        break;
      case 'EXPOSE':
        stage.exposed.push(...args);
        break;
      case 'HEALTHCHECK': {
        const content = (i.getArgumentsContent() ?? '').replace(/\\\n/g, ' ');
        const flags = Object.fromEntries([...content.matchAll(/--([\w-]+)=(\S+)/g)].map((m) => [m[1]!, m[2]!]));
        const command = /\bCMD\s+(\[[\s\S]*\])\s*$/.exec(content);
        stage.healthcheck = { flags, command: command ? (JSON.parse(command[1]!) as string[]) : [] };
        break;
      }
      case 'ENTRYPOINT':
        stage.entrypoint = jsonArray(i);
        break;
      case 'CMD':
        stage.cmd = jsonArray(i);
        break;
    }
  }
  return stages;
}

/** What `docker run --env-file FILE` reads: KEY=VALUE lines, whole-line comments and blank lines skipped, no quoting. */
function readEnvFile(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of text.split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    const eq = line.indexOf('=');
    if (eq > 0) env[line.slice(0, eq).trim()] = line.slice(eq + 1);
  }
  return env;
}

const dockerfile = readFileSync(join(PACKAGE_ROOT, 'Dockerfile'), 'utf8');
const stages = readDockerfile(dockerfile);
const build = stages.find((s) => s.name === 'build')!;
const image = stages.at(-1)!;

/** Every file under a path of the repository (the path itself when a file). */
function filesUnder(path: string): string[] {
  const full = join(PACKAGE_ROOT, path);
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full).flatMap((name) => filesUnder(posix.join(path, name)));
}

describe('the Dockerfile', () => {
  it('runs as a non-root user, keeps the store on its volume, probes /healthz on the port it exposes', () => {
    expect(image.user).not.toBeNull();
    expect(['root', '0']).not.toContain(image.user);
    expect(image.volumes).toEqual(['/data']);
    expect(posix.dirname(image.env.SITREP_DB!)).toBe('/data');
    // glibc reads it before Node starts: the image's environment is where it can be set (as the bin's first line does).
    expect(image.env.MALLOC_ARENA_MAX).toBe('2');
    expect(image.env.MALLOC_MMAP_THRESHOLD_).toBe('32768');
    expect(image.exposed).toEqual([image.env.SITREP_HTTP_PORT]);
    expect(image.healthcheck?.command.join(' ')).toContain('/healthz');
    expect([image.entrypoint[0], image.entrypoint.at(-1)]).toEqual(['node', 'dist/cli.js']);
    expect(image.cmd).toEqual(['run']);
  });

  it("starts Node with the young generation capped, as the bin's first line does (tests/integration/start-flags.test.ts)", async () => {
    // Node's own flags are the ENTRYPOINT's words between `node` and the script; run here on this checkout's dist/.
    expect((await startedCli(process.execPath, [...image.entrypoint.slice(1), '--version'])).newSpaceMB).toBeLessThanOrEqual(4);
  });

  it('has a build context (.dockerignore) with what every COPY needs and nothing secret or bulky', () => {
    const context = dockerignore.default().add(readFileSync(join(PACKAGE_ROOT, '.dockerignore'), 'utf8').split('\n'));
    const needed = [...build.copies, ...image.copies].filter((c) => c.from === null).flatMap((c) => c.sources.flatMap(filesUnder));
    expect(needed.length).toBeGreaterThan(50);
    expect(needed.filter((f) => context.ignores(f))).toEqual([]);
    for (const kept of ['.env', '.env.example', 'data/sitrep.db', 'node_modules/zod/package.json', 'dist/cli.js', 'tests/feeds/parse.test.ts', '.git/config']) {
      expect(context.ignores(kept), kept).toBe(true);
    }
  });
});

// ------------------------------------------------------------------------------------------------
// The image's files, laid out and run

/** The uid the image's USER maps to here: that user if it exists, else nobody; null when the tests cannot switch users. */
function runAsUid(user: string): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  for (const name of [user, 'nobody']) {
    try {
      const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
      const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
      return { uid, gid };
    } catch {
      // no such user here
    }
  }
  return null;
}

interface Layout {
  root: string;
  /** A path inside the image, on the host. */
  at(path: string): string;
  owner: { uid: number; gid: number } | null;
}

/** The final stage's files under `root`: COPY lines done, RUN lines emulated (mkdir, chown, ln only). */
function layOut(root: string): Layout {
  const at = (path: string) => join(root, path);
  const owner = runAsUid(image.user!);
  const modules: Array<[string, string]> = [];
  for (const copy of image.copies) {
    // --from=build: the build stage compiled the repository in its WORKDIR; here that is the repository itself.
    const sourceRoot = copy.from === null ? PACKAGE_ROOT : copy.from === 'build' ? PACKAGE_ROOT : null;
    if (sourceRoot === null) throw new Error(`COPY --from=${copy.from}: unknown stage`);
    for (const source of copy.sources) {
      const from = join(sourceRoot, copy.from === 'build' ? posix.relative(build.workdir, source) : source);
      const to = copy.sources.length > 1 || copy.dest.endsWith('/') ? join(at(copy.dest), posix.basename(source)) : at(copy.dest);
      mkdirSync(dirname(to), { recursive: true });
      if (posix.basename(source) === 'node_modules') modules.push([from, to]);
      else cpSync(from, to, { recursive: true });
    }
  }
  // Read-only for everyone but root, as files COPY'd into an image are for its non-root user (mkdtemp made the root 0700).
  chmodSync(root, 0o755);
  execFileSync('chmod', ['-R', 'go-w', root]);
  // node_modules (hundreds of MB) is hard-linked, not copied, and after the chmod so its own modes
  // stay as they are. Not a symbolic link: the image's user may not be able to pass through the
  // folders above the repository (a clone in a mktemp -d folder, 0700). A copy where links cannot go.
  for (const [from, to] of modules) {
    try {
      execFileSync('cp', ['-al', from, to]);
    } catch {
      cpSync(from, to, { recursive: true });
    }
  }
  for (const run of image.runs) {
    for (const step of run.split('&&').map((s) => s.trim().split(/\s+/))) {
      const [command, ...args] = step;
      if (command === 'mkdir' && args[0] === '-p') for (const p of args.slice(1)) mkdirSync(at(p), { recursive: true });
      else if (command === 'chown') {
        if (owner) chownSync(at(args[1]!), owner.uid, owner.gid);
        else chmodSync(at(args[1]!), 0o777);
      } else if (command === 'ln' && args[0] === '-s') symlinkSync(at(args[1]!), at(args[2]!));
      else throw new Error(`the layout test cannot emulate this RUN step of the image: ${step.join(' ')}`);
    }
  }
  return { root, at, owner };
}

/** Every file and folder under the image's root, but those under /data. */
function listing(layout: Layout): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      const rel = relative(layout.root, full);
      if (rel === 'data' || rel === join(image.workdir.slice(1), 'node_modules')) return [rel];
      return lstatSync(full).isDirectory() ? [rel, ...walk(full)] : [rel];
    });
  return walk(layout.root).sort();
}

interface Running {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
  output: () => string;
}

/** The image's ENTRYPOINT + CMD in the layout, with the image's env, then `extraEnv` (as docker run -e / --env-file). */
async function runImage(layout: Layout, extraEnv: Record<string, string>): Promise<Running> {
  // Paths in the environment are paths inside the image.
  const inImage = (v: string) => (v.startsWith('/') ? layout.at(v) : v);
  const env = Object.fromEntries(Object.entries({ ...image.env, ...extraEnv }).map(([k, v]) => [k, inImage(v)]));
  const [command, ...args] = [...image.entrypoint, ...image.cmd];
  expect(command).toBe('node');
  const child = spawn(process.execPath, args, {
    cwd: layout.at(image.workdir),
    env: { PATH: process.env.PATH ?? '', HOME: layout.at('/data'), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(layout.owner ?? {}),
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  let url: string | undefined;
  while (!url) {
    url = /"url":"(http:\/\/[\d.]+:\d+)".*health and metrics/.exec(output)?.[1];
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the image's command did not start its listener:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, url: url.replace('0.0.0.0', '127.0.0.1'), exited, output: () => output };
}

describe("the image's command in a layout of the image's files", () => {
  let feeds: FeedServer;
  let layout: Layout;
  let config: { SITREP_CONFIG: string };
  // One layout for every case, as one image serves every container: each case starts with an
  // empty volume (/data), and checks that it wrote nowhere else.
  beforeAll(async () => {
    feeds = await startFeedServer();
    feeds.route('/feed.xml', { contentType: 'application/rss+xml', body: '<rss version="2.0"><channel><title>t</title></channel></rss>' });
    layout = layOut(mkdtempSync(join(tmpdir(), 'sitrep-image-')));
    config = mountConfig(layout);
  });
  afterAll(async () => {
    await feeds.close();
    if (layout) rmSync(layout.root, { recursive: true, force: true });
  });

  /** A mounted config (read-only), as `-v ./config:/config:ro -e SITREP_CONFIG=/config/sitrep.yaml` gives. */
  const mountConfig = (layout: Layout) => {
    mkdirSync(layout.at('/config'));
    writeFileSync(
      layout.at('/config/sitrep.yaml'),
      `feeds:\n  - {id: local, url: "${feeds.url('/feed.xml')}", interval: 1s}\nrules:\n  - {id: any, match: {}}\n`,
    );
    execFileSync('chmod', ['-R', 'a-w', layout.at('/config')]);
    return { SITREP_CONFIG: '/config/sitrep.yaml' };
  };

  it.each([
    ['the image environment alone', {}],
    ['a .env copied from .env.example', readEnvFile(readFileSync(join(PACKAGE_ROOT, '.env.example'), 'utf8'))],
    ['a .env that sets SITREP_DB to the default path', { SITREP_DB: './data/sitrep.db' }],
    ['a .env that sets SITREP_DB empty', { SITREP_DB: '' }],
  ])('starts with %s, answers its HEALTHCHECK, and writes only to /data', async (_name, envFile) => {
    // A new, empty volume; the folder itself (its owner) is the image's.
    for (const name of readdirSync(layout.at('/data'))) rmSync(join(layout.at('/data'), name), { recursive: true, force: true });
    const before = listing(layout);
    // Port 0 instead of the image's fixed port: tests must not collide on it. The HEALTHCHECK is run with the real one.
    const running = await runImage(layout, { ...envFile, ...config, SITREP_HTTP_PORT: '0' });
    try {
      const port = new URL(running.url).port;
      const requests = feeds.requests('/feed.xml').length;
      const deadline = Date.now() + 30_000;
      while (feeds.requests('/feed.xml').length === requests && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(feeds.requests('/feed.xml').length, running.output()).toBeGreaterThan(requests);

      const [probe, ...probeArgs] = image.healthcheck!.command;
      expect(probe).toBe('node');
      const healthcheck = spawn(process.execPath, probeArgs, { env: { ...image.env, SITREP_HTTP_PORT: port }, stdio: 'ignore', ...(layout.owner ?? {}) });
      expect(await new Promise((resolve) => healthcheck.on('close', resolve))).toBe(0);

      // The store is on the volume, owned by the image's user; nothing else changed.
      expect(existsSync(layout.at('/data/sitrep.db')), running.output()).toBe(true);
      if (layout.owner) expect(statSync(layout.at('/data/sitrep.db')).uid).toBe(layout.owner.uid);
      expect(listing(layout)).toEqual(before);
      expect(running.output()).not.toMatch(/EACCES|"level":50/);

      running.child.kill('SIGTERM');
      expect(await running.exited).toBe(0);
    } finally {
      running.child.kill('SIGKILL');
    }
  });
});
