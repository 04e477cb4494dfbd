import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { Lang } from "../content/schemas/common";
import type { CardContent } from "../review/card-content";
import type { ReviewCatalog } from "../review/catalog";
import type { ReviewStateResponse, SyncEvent } from "../review/sync-protocol";

/**
 * A rating or undo waiting to reach the server, with the profile it was made under (null: none yet) and, for a
 * rating, the content it was made on (which the card remembers, to say later that the question changed).
 */
export type OutboxEntry = {
  seq?: number;
  owner: string | null;
  event: SyncEvent;
  shown?: { hash: string; lang: Lang };
};

interface ReviewDb extends DBSchema {
  /** The catalog of this deployment's content and the learner's last state download. */
  meta: { key: "catalog"; value: ReviewCatalog } | { key: "server"; value: ReviewStateResponse };
  /** The durable outbox: written before the next card is shown, removed only once the server acknowledged it. */
  outbox: { key: number; value: OutboxEntry };
  /** Flashcard content of the questions the learner studies (next due and new cards), by question id and version. */
  content: { key: string; value: { id: string; v: string; content: CardContent } };
}

let opened: Promise<IDBPDatabase<ReviewDb>> | undefined;

/** The device's review store (IndexedDB, through idb), opened once per page. */
export function reviewDb(): Promise<IDBPDatabase<ReviewDb>> {
  return (opened ??= openDB<ReviewDb>("goldmine-review", 1, {
    upgrade(db) {
      db.createObjectStore("meta");
      db.createObjectStore("outbox", { keyPath: "seq", autoIncrement: true });
      db.createObjectStore("content", { keyPath: "id" });
    },
  }));
}

export async function readMeta<K extends "catalog" | "server">(key: K) {
  return (await reviewDb()).get("meta", key) as Promise<
    (K extends "catalog" ? ReviewCatalog : ReviewStateResponse) | undefined
  >;
}

export async function writeMeta(key: "catalog", value: ReviewCatalog): Promise<void>;
export async function writeMeta(key: "server", value: ReviewStateResponse): Promise<void>;
export async function writeMeta(key: "catalog" | "server", value: ReviewCatalog | ReviewStateResponse) {
  await (await reviewDb()).put("meta", value, key);
}

/** Appends to the outbox; resolves once the entry is committed to disk. */
export async function appendOutbox(entry: OutboxEntry): Promise<void> {
  await (await reviewDb()).add("outbox", entry);
}

export async function readOutbox(): Promise<OutboxEntry[]> {
  return (await reviewDb()).getAll("outbox");
}

/** Removes acknowledged entries (by their event ids) in one transaction. */
export async function removeFromOutbox(eventIds: ReadonlySet<string>): Promise<void> {
  const tx = (await reviewDb()).transaction("outbox", "readwrite");
  for await (const cursor of tx.store) if (eventIds.has(cursor.value.event.id)) await cursor.delete();
  await tx.done;
}

export async function readContent(id: string, v: string): Promise<CardContent | undefined> {
  const row = await (await reviewDb()).get("content", id);
  return row?.v === v ? row.content : undefined;
}

export async function writeContent(id: string, v: string, content: CardContent): Promise<void> {
  await (await reviewDb()).put("content", { id, v, content });
}

/**
 * Forgets this device's flashcard copy (state download, outbox, content) after the learner's progress was deleted
 * on the server: otherwise the review page would still show the old cards and try to send old ratings again.
 */
export async function forgetDeviceReviews(): Promise<void> {
  (await opened)?.close();
  opened = undefined;
  // Another tab holding the store open blocks the deletion until it closes: do not keep the learner waiting for it.
  await Promise.race([deleteDB("goldmine-review"), new Promise((resolve) => setTimeout(resolve, 3000))]);
}
