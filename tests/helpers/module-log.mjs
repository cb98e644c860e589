/**
 * Preloaded (NODE_OPTIONS=--import) into a process a test starts: every module the process loads
 * is written, as a URL on a line of its own, to the file named by SITREP_MODULE_LOG.
 */
import { register } from 'node:module';

register('./module-log-hooks.mjs', import.meta.url, { data: { file: process.env.SITREP_MODULE_LOG } });
