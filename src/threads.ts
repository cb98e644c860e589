import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts the worker thread whose entry is `name` (without extension) beside the module at
 * `moduleUrl` (its `import.meta.url`): NAME.js in the compiled app; from the TypeScript sources
 * (tests, tsx) it first registers tsx so that NAME.ts loads the same way.
 */
export function startWorker(moduleUrl: string, name: string, options: WorkerOptions): Worker {
  const fromSource = moduleUrl.endsWith('.ts');
  const entry = new URL(`./${name}${fromSource ? '.ts' : '.js'}`, moduleUrl).href;
  if (!fromSource) return new Worker(new URL(entry), options);
  const tsx = pathToFileURL(tsxEsmApi()).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { ...options, eval: true });
}

/** The ES module entry of tsx's API (a dev dependency, present wherever the sources run). */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return join(dirname(manifest), pkg.exports['./esm/api']!.import.default);
}
