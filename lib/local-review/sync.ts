import { mergeHolds } from "../review/card-holds";
import { cardKeyString } from "../review/card-keys";
import type { LocalReview } from "../review/local-state";
import { SYNC_BATCH_LIMIT } from "../review/sync-limits";
import type {
  ReviewStateResponse,
  SyncEvent,
  SyncItemResult,
  SyncResponse,
  TodayReview,
} from "../review/sync-protocol";
import type { OutboxEntry } from "./store";

export type SendResult =
  | { kind: "sent"; response: SyncResponse; sent: OutboxEntry[] }
  | { kind: "offline" }
  /** The server refused the whole request (another learner's ratings, or an error it explained). */
  | { kind: "refused"; status: number; message: string; sent: OutboxEntry[] };

/** The next request's worth of entries: from the front of the outbox, all made under the same profile. */
export function nextBatch(entries: readonly OutboxEntry[]): OutboxEntry[] {
  const owner = entries[0]?.owner;
  const batch: OutboxEntry[] = [];
  for (const entry of entries) {
    if (entry.owner !== owner || batch.length === SYNC_BATCH_LIMIT) break;
    batch.push(entry);
  }
  return batch;
}

/** Sends one batch; `keepalive` lets it finish after the page is closed. */
export async function sendBatch(batch: OutboxEntry[], timeZone: string, keepalive = false): Promise<SendResult> {
  let response: Response;
  try {
    response = await fetch("/api/review/sync", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ profileId: batch[0]!.owner, timeZone, events: batch.map((e) => e.event) }),
      keepalive,
    });
  } catch {
    return { kind: "offline" };
  }
  if (response.ok) return { kind: "sent", response: (await response.json()) as SyncResponse, sent: batch };
  const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } | string };
  const message = typeof body.error === "string" ? body.error : (body.error?.message ?? response.statusText);
  // A proxy or server in trouble (5xx) is treated like no connection: the ratings wait and are sent again.
  if (response.status >= 500) return { kind: "offline" };
  return { kind: "refused", status: response.status, message, sent: batch };
}

const toToday = (r: LocalReview): TodayReview => ({
  ...r,
  reviewedAt: r.reviewedAt.toISOString(),
  due: r.due.toISOString(),
  dueBefore: r.dueBefore.toISOString(),
});

/**
 * The server's state after it acknowledged a batch: the cards it derived replace the device's copies, acknowledged
 * ratings join today's list (with the state before them that this device worked out, which an undo restores) and
 * acknowledged undos leave it. What is still in the outbox is applied on top again by deriveLocalState.
 */
export function mergeAcknowledged(
  server: ReviewStateResponse,
  response: SyncResponse,
  sent: readonly SyncEvent[],
  derivedToday: readonly LocalReview[],
): ReviewStateResponse {
  const acknowledged = new Set(response.results.filter(isAcknowledged).map((r) => r.id));
  const cards = new Map(server.cards.map((c) => [cardKeyString(c), c]));
  for (const card of response.cards) {
    if ("removed" in card) cards.delete(cardKeyString(card));
    else cards.set(cardKeyString(card), card);
  }
  let today = [...server.today];
  for (const event of sent) {
    if (!acknowledged.has(event.id)) continue;
    if (event.kind === "card") continue;
    if (event.kind === "undo") today = today.filter((r) => r.id !== event.reviewId);
    else if (!today.some((r) => r.id === event.id)) {
      const derived = derivedToday.find((r) => r.id === event.id);
      if (derived) today.push(toToday(derived));
    }
  }
  // The server's latest action of each card the batch named (another device's may be later than this one's).
  const holds = response.holds
    ? [...mergeHolds(mergeHolds(new Map(), server.holds ?? []), response.holds).values()]
    : server.holds;
  return { ...server, profileId: response.profileId, cards: [...cards.values()], today, holds };
}

export const isAcknowledged = (r: SyncItemResult): r is SyncItemResult & { id: string } =>
  r.status === "stored" || r.status === "duplicate";

/** A JSON answer from the server; undefined when it refused, "offline" when there was no answer at all. */
export async function download<T>(url: string): Promise<T | undefined | "offline"> {
  try {
    const response = await fetch(url, { cache: "no-store" });
    return response.ok ? ((await response.json()) as T) : undefined;
  } catch {
    return "offline";
  }
}
