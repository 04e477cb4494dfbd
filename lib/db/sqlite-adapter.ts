import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type BetterSqlite3 from "better-sqlite3";
import { cacheStatements } from "./statement-cache";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/** How long a writer waits for another connection's write (another process: a CLI beside the server) before SQLITE_BUSY. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * Prisma's SQLite driver adapter for `file`, with every statement serialised behind open transactions.
 *
 * Why: better-sqlite3 has one connection per client, and Prisma's adapter only makes transactions wait for each
 * other. A plain query from another request that arrives while an interactive transaction awaits runs on the
 * same connection *inside* that transaction, so when the transaction rolls back (a conflict, a duplicate
 * review) it silently takes the other request's acknowledged write with it (tests/integration/sqlite-adapter.test.ts).
 * SQLite has one writer at a time anyway, so queueing costs nothing real.
 */
export function sqliteAdapter(file: string, timeout = SQLITE_BUSY_TIMEOUT_MS) {
  return new SerializedAdapterFactory(new PrismaBetterSQLite3({ url: file, timeout }));
}

class SerializedAdapterFactory {
  readonly provider: PrismaBetterSQLite3["provider"];
  readonly adapterName: string;
  constructor(private readonly inner: PrismaBetterSQLite3) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
  }
  async connect(): Promise<Adapter> {
    const adapter = await this.inner.connect();
    // The adapter's connection (a better-sqlite3 Database), shared by its transactions.
    cacheStatements((adapter as unknown as { client: BetterSqlite3.Database }).client);
    return serialized(adapter);
  }
  async connectToShadowDb(): Promise<Adapter> {
    return serialized(await this.inner.connectToShadowDb());
  }
}

function serialized(adapter: Adapter): Adapter {
  let tail: Promise<void> = Promise.resolve();
  /** Waits for everything queued before, then holds the connection until `release` is called. */
  const acquire = (): Promise<() => void> => {
    let release!: () => void;
    const previous = tail;
    tail = new Promise<void>((resolve) => (release = resolve));
    return previous.then(() => release);
  };
  const exclusive = async <T>(work: () => Promise<T>): Promise<T> => {
    const release = await acquire();
    try {
      return await work();
    } finally {
      release();
    }
  };
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => exclusive(() => adapter.queryRaw(query)),
    executeRaw: (query) => exclusive(() => adapter.executeRaw(query)),
    executeScript: (script) => exclusive(() => adapter.executeScript(script)),
    getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
    dispose: () => adapter.dispose(),
    async startTransaction(isolationLevel) {
      const release = await acquire();
      try {
        return holding(await adapter.startTransaction(isolationLevel), release);
      } catch (error) {
        release();
        throw error;
      }
    },
  };
}

/** The transaction keeps the connection until it commits or rolls back. */
function holding(tx: Transaction, release: () => void): Transaction {
  let released = false;
  const end = async (finish: () => Promise<void>) => {
    try {
      await finish();
    } finally {
      if (!released) release();
      released = true;
    }
  };
  return {
    provider: tx.provider,
    adapterName: tx.adapterName,
    options: tx.options,
    queryRaw: (query) => tx.queryRaw(query),
    executeRaw: (query) => tx.executeRaw(query),
    commit: () => end(() => tx.commit()),
    rollback: () => end(() => tx.rollback()),
  };
}
