/** README's command table against the CLI itself: every command and every option, both ways. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { runCli } from '../helpers/cli.js';

const readme = readFileSync(join(PACKAGE_ROOT, 'README.md'), 'utf8');
const start = readme.indexOf('\n## Command line');
const section = readme.slice(start, start + 1 + readme.slice(start + 1).search(/\n##+ /));

/** The options README shows for each command (a command may have several rows, as `poll` and `analyze` do). */
const documented = new Map<string, Set<string>>();
for (const [, usage] of section.matchAll(/^\| `sitrep ([^`]+)` \|/gm)) {
  const [command, ...rest] = usage!.split(' ');
  const options = documented.get(command!) ?? new Set<string>();
  for (const [flag] of rest.join(' ').matchAll(/--[a-z][a-z-]*/g)) options.add(flag);
  documented.set(command!, options);
}

/** The long options a command's --help lists (--help itself left out). */
async function optionsOf(command: string): Promise<string[]> {
  const { stdout } = await runCli([command, '--help']);
  const options = stdout.slice(stdout.indexOf('Options:'));
  return [...options.matchAll(/^\s+(?:-\w, )?(--[a-z][a-z-]*)/gm)].map((m) => m[1]!).filter((flag) => flag !== '--help');
}

describe('README command table', () => {
  it('lists every command the CLI has', async () => {
    const { stdout } = await runCli(['--help']);
    const commands = [...stdout.slice(stdout.indexOf('Commands:')).matchAll(/^ {2}([a-z][a-z-]*)/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
    expect([...documented.keys()].sort()).toEqual(commands.sort());
  });

  it('shows every option of every command, and no option the command lacks', async () => {
    const inReadme: Record<string, string[]> = {};
    const inCli: Record<string, string[]> = {};
    for (const [command, options] of documented) {
      inReadme[command] = [...options].sort();
      inCli[command] = (await optionsOf(command)).sort();
    }
    expect(inReadme).toEqual(inCli);
  });
});
