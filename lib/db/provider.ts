import type { Db } from "./types";

export type Provider = "sqlite" | "postgresql";

/**
 * Which database a client (or a transaction of one) talks to, for the few raw queries whose SQL differs. The
 * generated client keeps its schema's provider; a transaction client reads it from its parent.
 */
export function providerOf(db: Db): Provider {
  const provider = (db as unknown as { _activeProvider?: string })._activeProvider;
  if (provider === "sqlite" || provider === "postgresql") return provider;
  throw new Error(`unsupported database provider: ${String(provider)}`);
}
