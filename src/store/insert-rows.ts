import { type Insertable, type RawBuilder, sql } from 'kysely';
import type { Database } from './tables.js';

/**
 * `insert into "table" ("a", "b") values (…), (…)` written as SQL, for the inserts every attack
 * report makes (its incident's keys, its alerts and outbox messages): building them with Kysely's
 * query builder cost several times what SQLite takes to run them. The caller adds what follows
 * (`on conflict …`, `returning …`). Columns are those of the first row; every row has the same.
 */
export function insertRows<T extends keyof Database & string>(table: T, rows: readonly Insertable<Database[T]>[]): RawBuilder<unknown> {
  if (rows.length === 0) throw new Error(`insertRows: no rows for ${table}`);
  const columns = Object.keys(rows[0]!) as (keyof Insertable<Database[T]> & string)[];
  const values = rows.map((row) => sql`(${sql.join(columns.map((c) => row[c]))})`);
  return sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) values ${sql.join(values)}`;
}

/** Rows per statement: at most 17 parameters a row, well under SQLite's and PostgreSQL's bound-parameter limits. */
const ROWS_PER_STATEMENT = 500;

/** Rows in runs of ROWS_PER_STATEMENT, one statement each. */
export function inStatementChunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) out.push(rows.slice(i, i + ROWS_PER_STATEMENT));
  return out;
}
