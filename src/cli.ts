#!/usr/bin/env -S MALLOC_ARENA_MAX=2 MALLOC_MMAP_THRESHOLD_=32768 node --max-semi-space-size=2
// The flag, also in `npm start` and the Dockerfile's ENTRYPOINT, caps the main thread's young
// generation at the workers' size (V8 reads it only when the process starts): by default it grows
// to 32 MB, which a poll cycle fills and keeps (docs/performance.md, "Start-up flags"). V8 puts it
// above every worker's resourceLimits too, so a larger value would grow the workers' (4 MB).
// MALLOC_ARENA_MAX=2 (also the Dockerfile's ENV) keeps glibc to two malloc arenas instead of one
// per thread that allocates; glibc reads it before Node starts, so only what starts Node can set it.
// MALLOC_MMAP_THRESHOLD_=32768 (also in the Dockerfile) gives every block of 32 KB or more (a feed's
// body, a worker's message) pages of its own, returned when freed: by default glibc raises that
// threshold as such blocks are freed, after which they fragment its heap, which never shrinks
// (docs/performance.md, "Poll cycle: compact sketches").
import { existsSync } from 'node:fs';
import { Command, Option } from 'commander';
import { ConfigError, SetupFault } from './config/errors.js';
import { PACKAGE_VERSION } from './paths.js';
import { databaseFault, describeStoreError, StoreUnavailableError } from './store/health.js';

/**
 * Exit codes: 0 done, 1 failed, 2 bad configuration or usage. Each command's module is imported
 * only when it runs, so `--help` and light commands start fast.
 */
async function main(argv: string[]): Promise<number> {
  // A .env in the working directory fills in variables the environment does not set.
  if (existsSync('.env')) process.loadEnvFile('.env');
  // Output errors (a reader that left, a full device) reach the writer through its callback;
  // without a listener the stream's 'error' event would also end the process with a stack trace.
  process.stdout.on('error', () => {});
  const program = new Command('sitrep')
    .description('Security-alert bot: watches news feeds for attacks and alerts Discord channels.')
    .version(PACKAGE_VERSION)
    .showHelpAfterError()
    .exitOverride();
  const configOption = () => new Option('-c, --config <file>', 'config file (default: $SITREP_CONFIG, else the shipped config/sitrep.yaml)');
  let code = 0;

  program
    .command('run', { isDefault: false })
    .description('run the bot: poll feeds on schedule and deliver alerts until stopped (SIGINT/SIGTERM)')
    .addOption(configOption())
    .option('--json', 'without Discord: print alerts as JSON lines on stdout (as poll --once --json)')
    .action(async (o) => {
      code = await (await import('./cli/run.js')).runCommand(o);
    });

  program
    .command('poll')
    .description('poll every configured feed once, deliver the alerts and exit')
    .requiredOption('--once', 'one cycle, then exit (the only mode for now; `sitrep run` polls on schedule)')
    .addOption(configOption())
    .option('--json', 'print alerts as JSON lines on stdout')
    .option('--dry-run', 'fetch and analyse, print what would alert and to which channels; write nothing, post nothing')
    .action(async (o) => {
      code = await (await import('./cli/poll.js')).pollOnceCommand(o);
    });

  program
    .command('analyze')
    .description('read JSON Lines documents on stdin (or one --text), write one analysis per line on stdout')
    .addOption(configOption())
    .option('--map <file.png>', 'also draw the locator map of the first document with places into this PNG file')
    .option('--text <text>', 'analyse this one document instead of stdin (its first line is the title)')
    .option('--explain', 'why, in words: each extraction stage (title, evidence sentences, country votes), the incident, and each rule matched or not')
    .option('--json', 'with --explain: JSON lines as without it, each with "stages" and "rules"')
    .action(async (o) => {
      code = await (await import('./cli/analyze.js')).analyzeCommand(o);
    });

  program
    .command('digest')
    .description("the SITREP of a rule's incidents over a period: counts, casualties, the most severe; optionally its picture")
    .addOption(configOption())
    .requiredOption('--rule <id>', 'a rule of the config file')
    .option('--since <duration>', 'how far back from now, e.g. 24h, 7d', '24h')
    .option('--tz <zone>', 'IANA time zone the days of the chart are counted in', 'UTC')
    .option('--out <file.png>', 'write the picture (map and 14-day chart) to this PNG file')
    .option('--json', 'one JSON object on stdout instead of text')
    .action(async (o) => {
      code = await (await import('./cli/digest.js')).digestCommand(o);
    });

  const collect = (value: string, previous: string[] = []) => [...previous, value];
  program
    .command('init')
    .description('write a commented starter config from flags, or from a few questions on a terminal; validated, never overwriting')
    .option('--out <file>', 'where to write it', 'sitrep.yaml')
    .option('--country <code or name>', 'a country to watch (repeat, or comma-separated): IQ, Syria', collect)
    .option('--near <place:km>', 'watch around a place (repeatable): "Erbil:100"', collect)
    .option('--feed <url>', 'a feed to watch (repeatable); default: the shipped world-news feeds', collect)
    .action(async (o) => {
      code = await (await import('./cli/init.js')).initCommand(o);
    });

  program
    .command('check-config')
    .description('validate the config file and summarise it; exit 2 naming each problem')
    .addOption(configOption())
    .action(async (o) => {
      code = await (await import('./cli/check-config.js')).checkConfigCommand(o);
    });

  program
    .command('status')
    .description('show each feed: last poll, HTTP status, errors, next poll, items seen')
    .addOption(configOption())
    .option('--json', 'one JSON object')
    .action(async (o) => {
      code = await (await import('./cli/status.js')).statusCommand(o);
    });

  program
    .command('deploy-commands')
    .description('register the slash commands with Discord (globally, or in one server with --guild) and exit')
    .option('--guild <id>', 'register in this server only (default: $DISCORD_GUILD_ID, else globally)')
    .action(async (o) => {
      code = await (await import('./cli/deploy-commands.js')).deployCommandsCommand(o);
    });

  program
    .command('rest-proxy')
    .description('one Discord REST client for a cluster: every process sends through it (DISCORD_REST_URL), within one rate limit')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--port <n>', 'port to listen on', '8080')
    .option('--requests-per-second <n>', "Discord's global limit per bot token", '50')
    .action(async (o) => {
      code = await (await import('./cli/rest-proxy.js')).restProxyCommand(o);
    });

  try {
    await program.parseAsync(argv);
  } catch (err) {
    const e = err as { code?: string; exitCode?: number };
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
    if (e.code?.startsWith('commander.')) return 2;
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    if (err instanceof StoreUnavailableError || err instanceof SetupFault) {
      process.stderr.write(`sitrep: ${err.message}\n`);
      return 1;
    }
    if (databaseFault(err)) {
      process.stderr.write(`sitrep: ${describeStoreError(err, process.env.SITREP_DB ?? 'the database')}\n`);
      return 1;
    }
    throw err;
  }
  return code;
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`sitrep: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  },
);
