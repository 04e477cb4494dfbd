import type BetterSqlite3 from "better-sqlite3";

type Statement = BetterSqlite3.Statement<unknown[]>;

/** The statements the adapter uses, as it uses them: bound once, then run or read as raw rows. */
type Bound = {
  reader: boolean;
  run(): BetterSqlite3.RunResult;
  columns(): BetterSqlite3.ColumnDefinition[];
  raw(): { all(): unknown[] };
};

/**
 * Keeps the last `size` prepared statements of a better-sqlite3 connection by their SQL text. Prisma's adapter
 * prepares every statement again on every call, and compiling SQL is a tenth of a rating's server CPU; the app sends
 * a few dozen distinct texts (the sync statements carry their rows as one JSON parameter, so their text never
 * changes). better-sqlite3 allows bind() once per statement, so a cached statement takes its arguments per call.
 * SQLite re-prepares a statement by itself when the schema changes under it.
 */
export function cacheStatements(client: BetterSqlite3.Database, size = 256): void {
  const prepare = client.prepare.bind(client) as (source: string) => Statement;
  const cache = new Map<string, Statement>();
  const cached = (source: string): Statement => {
    let statement = cache.get(source);
    if (statement) cache.delete(source);
    else statement = prepare(source);
    cache.set(source, statement);
    if (cache.size > size) cache.delete(cache.keys().next().value!);
    return statement;
  };
  const bound = (statement: Statement, args: unknown[]): Bound => ({
    reader: statement.reader,
    run: () => statement.run(...args),
    columns: () => statement.columns(),
    raw: () => ({ all: () => statement.raw(true).all(...args) }),
  });
  (client as unknown as { prepare: (source: string) => unknown }).prepare = (source: string) => {
    const statement = cached(source);
    return {
      reader: statement.reader,
      run: (...args: unknown[]) => statement.run(...args),
      bind: (...args: unknown[]) => bound(statement, args.length === 1 && Array.isArray(args[0]) ? args[0] : args),
    };
  };
}
