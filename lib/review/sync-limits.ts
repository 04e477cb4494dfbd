/** The sync protocol's limits (lib/review/sync-protocol.ts). Zod-free: the browser's sync client imports them. */

/** The most events one sync request may carry; the browser sends at most this many per request. */
export const SYNC_BATCH_LIMIT = 500;
/** How far in the future a review may be stamped (the device's clock runs ahead) before it is refused. */
export const CLOCK_SKEW_MS = 5 * 60_000;
/** Reviews stamped before this are refused as a broken clock. */
export const EARLIEST_REVIEW = new Date("2024-01-01T00:00:00Z");
