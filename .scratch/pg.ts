import pg from 'pg';
import { startPostgresServer } from '../tests/helpers/postgres-server.ts';
const s = await startPostgresServer();
console.log('url', s?.url);
const c = new pg.Client({ connectionString: s!.url });
await c.connect();
console.log((await c.query('select version()')).rows[0]);
c.on('error', (e) => console.log('client error', e.message));
await s!.stop('fast');
try { await c.query('select 1'); } catch (e) { console.log('query err', (e as Error).message, (e as any).code); }
await s!.start();
const c2 = new pg.Client({ connectionString: s!.url }); await c2.connect(); console.log((await c2.query('select 1 as x')).rows); await c2.end();
await s!.dispose();
