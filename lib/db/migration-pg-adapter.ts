import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";

/** PostgreSQL's catalog-only text types, by oid: `"char"` (one-letter codes) and `name` (identifiers); and `text`. */
const CATALOG_TEXT_OIDS = new Set([18, 19]);
const TEXT_OID = 25;

type Result = { fields?: { dataTypeID: number }[] };

function nameAsText<T>(result: T): T {
  for (const r of (Array.isArray(result) ? result : [result]) as Result[]) {
    for (const field of r?.fields ?? []) if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
  }
  return result;
}

/** A pg client that reports `name` and `"char"` columns as `text`; pg already parses them into strings. */
class CatalogClient extends pg.Client {
  // pg's overloads cannot be re-declared one by one; this forwards every form unchanged.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const callback = args.at(-1);
    // pg.Pool#query hands the client a callback; the adapter's transactions use the promise.
    if (typeof callback === "function") {
      return (super.query as (...a: unknown[]) => unknown)(...args.slice(0, -1), (err: unknown, res: unknown) =>
        callback(err, err ? res : nameAsText(res)),
      );
    }
    const pending = (super.query as (...a: unknown[]) => unknown)(...args);
    return pending instanceof Promise ? pending.then(nameAsText) : pending;
  }
}

/**
 * The pg adapter for Prisma's CLI (migrate deploy, migrate diff). @prisma/adapter-pg 6.19 cannot read columns of
 * types `name` and `"char"`, which the schema engine's catalog queries return ("Column type 'name' could not be deserialized",
 * prisma/orm#27403; fixed in Prisma 7), so its connections report them as `text`. The app's own client does not
 * read the catalogs and uses the adapter as it is.
 */
export function migrationAdapter(connectionString: string): PrismaPg {
  // Separate fields, not a connection string, so the shadow database of `migrate diff --from-migrations` can
  // override the name; the adapter copies these options (Client included) into the shadow database's pool. Idle
  // connections close at once: the adapter drops the shadow database before ending its pool.
  const pool = new pg.Pool({
    ...parseIntoClientConfig(connectionString),
    Client: CatalogClient,
    max: 2,
    idleTimeoutMillis: 1,
  });
  return new PrismaPg(pool, { disposeExternalPool: true });
}
