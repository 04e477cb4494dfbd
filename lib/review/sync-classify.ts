import type { CardKey } from "./card-keys";
import type { SyncItemResult } from "./sync-protocol";
import { reject, type ParsedCard, type ParsedItem, type ParsedReview, type ParsedUndo } from "./sync-items";
import type { KnownId } from "./sync-sql";

export type NewUndo = ParsedUndo & { target: CardKey };

/** What the batch asks for once the database has been consulted: what to store, and the answer for each item. */
export type Classified = {
  results: SyncItemResult[];
  reviews: ParsedReview[];
  undos: NewUndo[];
  /** New suspend/unsuspend/bury actions. */
  actions: ParsedCard[];
  /** Cards named by a duplicate: their current state goes back too (the device may have missed the first answer). */
  repeated: CardKey[];
};

const USED = "this id is already used";

/**
 * Decides each parsed item in order against the ids already stored: a review or undo this learner already sent is
 * a duplicate (nothing changes); an id another learner holds is refused; an undo must name a rating of this learner,
 * stored or earlier in this batch, and a rating already taken back makes it a duplicate.
 */
export function classifyItems(
  items: readonly ParsedItem[],
  known: readonly KnownId[],
  profileId: string,
  knownActions: readonly { id: string; profileId: string }[] = [],
): Classified {
  const actionOwners = new Map(knownActions.map((a) => [a.id, a.profileId]));
  const batchActions = new Set<string>();
  const knownReviews = new Map(known.filter((k) => k.kind === "review").map((k) => [k.id, k]));
  const knownUndos = new Map(known.filter((k) => k.kind === "undo").map((k) => [k.id, k]));
  const batchReviews = new Map<string, CardKey>();
  const batchUndos = new Set<string>();
  const undoneInBatch = new Set<string>();
  const out: Classified = { results: [], reviews: [], undos: [], actions: [], repeated: [] };
  const answer = (result: SyncItemResult) => out.results.push(result);

  for (const item of items) {
    if ("status" in item) {
      answer(item);
      continue;
    }
    const { index } = item;
    const id = item.event.id;
    if (item.kind === "card") {
      // Like a rating: a retry is a duplicate, an id another learner holds is refused.
      const owner = actionOwners.get(id);
      if (owner !== undefined && owner !== profileId) answer(reject(index, id, "id", USED));
      else if (owner !== undefined || batchActions.has(id)) answer({ index, id, status: "duplicate" });
      else {
        batchActions.add(id);
        out.actions.push(item);
        answer({ index, id, status: "stored" });
      }
      continue;
    }
    if (item.kind === "review") {
      const stored = knownReviews.get(id);
      if (stored && stored.profileId !== profileId) answer(reject(index, id, "id", USED));
      else if (stored || batchReviews.has(id)) {
        answer({ index, id, status: "duplicate" });
        out.repeated.push(stored ?? batchReviews.get(id)!);
      } else {
        const key = { questionId: item.event.questionId, clozeIndex: item.event.clozeIndex };
        batchReviews.set(id, key);
        out.reviews.push(item);
        answer({ index, id, status: "stored" });
      }
      continue;
    }
    const storedUndo = knownUndos.get(id);
    if (storedUndo && storedUndo.profileId !== profileId) {
      answer(reject(index, id, "id", USED));
      continue;
    }
    if (storedUndo || batchUndos.has(id)) {
      answer({ index, id, status: "duplicate" });
      if (storedUndo) out.repeated.push(storedUndo);
      continue;
    }
    const reviewId = item.event.reviewId;
    const storedReview = knownReviews.get(reviewId);
    const target = storedReview?.profileId === profileId ? storedReview : batchReviews.get(reviewId);
    if (!target) {
      answer(reject(index, id, "reviewId", `no rating ${reviewId} to take back`));
      continue;
    }
    const key = { questionId: target.questionId, clozeIndex: target.clozeIndex };
    // Taken back already (by a stored undo, or an earlier one in this batch): one rating is taken back once.
    if ((storedReview?.profileId === profileId && storedReview.other) || undoneInBatch.has(reviewId)) {
      answer({ index, id, status: "duplicate" });
      out.repeated.push(key);
      continue;
    }
    batchUndos.add(id);
    undoneInBatch.add(reviewId);
    out.undos.push({ ...item, target: key });
    answer({ index, id, status: "stored" });
  }
  return out;
}
