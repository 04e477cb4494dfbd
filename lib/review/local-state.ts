import type { Lang } from "../content/schemas/common";
import { cardKeyString, type CardKey } from "./card-keys";
import { createPlacer } from "./placer";
import { createScheduler, emptyState, isNewState, type CardState, type ReviewLogState } from "./scheduler";
import { holdOf, mergeHolds } from "./card-holds";
import type { CardHold, ReviewEvent, ReviewStateResponse, SyncEvent, SyncedCard, TodayReview } from "./sync-protocol";

/** A card as the device knows it: its scheduling state and the content it was last reviewed in. */
export type LocalCard = CardKey & CardState & { contentHash: string; contentLang: string };

/** A rating of today, with the card's state before it: what an undo restores. */
export type LocalReview = CardKey & ReviewLogState & { id: string };

export type LocalState = {
  cards: Map<string, LocalCard>;
  /** Today's ratings not taken back, oldest first (from the server's download and this device's outbox). */
  today: LocalReview[];
  /** Each card's latest suspend/unsuspend/bury (by card key): the download's with the outbox's merged in. */
  holds: Map<string, CardHold>;
};

const date = (iso: string) => new Date(iso);

export function cardFromServer(c: SyncedCard): LocalCard {
  return { ...c, due: date(c.due), lastReview: c.lastReview ? date(c.lastReview) : null };
}

const reviewFromServer = (r: TodayReview): LocalReview => ({
  ...r,
  due: date(r.due),
  dueBefore: date(r.dueBefore),
  reviewedAt: date(r.reviewedAt),
});

/** The content a rating was made on (the copy shown, its hash), as the device recorded it with the rating. */
export type HashOf = (event: ReviewEvent) => { hash: string; lang: Lang } | undefined;

/**
 * The device's view of the learner's cards: the server's last download with the ratings and undos still waiting in
 * the outbox applied on top, in order, by the same scheduler the server uses. When the outbox has been sent, the
 * server's replay of its log gives the same states (the scheduler is deterministic: no fuzz).
 */
export function deriveLocalState(
  server: Pick<ReviewStateResponse, "cards" | "today" | "settings" | "schedule" | "holds">,
  pending: readonly SyncEvent[],
  hashOf: HashOf,
): LocalState {
  const cards = new Map(server.cards.map((c) => [cardKeyString(c), cardFromServer(c)]));
  const today = server.today.map(reviewFromServer);
  // The latest action by the device's time wins, so one made offline here yields to a later one from another device.
  const holds = mergeHolds(new Map(), server.holds ?? []);
  const scheduler = createScheduler(server.settings.desiredRetention, server.schedule?.weights);
  // The same placement inputs the server uses when it stores these ratings: every card's due, and the plans.
  const placer = createPlacer(
    Array.from(cards.values(), (c) => c.due),
    server.schedule?.plans,
  );
  for (const event of pending) {
    if (event.kind === "card") {
      // A reset forgets the card's progress: unseen again, as the server's replay leaves it (no rating after it yet).
      if (event.action === "reset") cards.delete(cardKeyString(event));
      else mergeHolds(holds, [holdOf(event)]);
    } else if (event.kind === "review") {
      const key = { questionId: event.questionId, clozeIndex: event.clozeIndex };
      const at = date(event.reviewedAt);
      const before = cards.get(cardKeyString(key));
      const { card, log } = scheduler.rate(
        before ?? emptyState(at),
        event.rating,
        at,
        placer.placementFor(key.questionId, at),
      );
      placer.moved(before?.due, card.due);
      const shown = hashOf(event);
      cards.set(cardKeyString(key), {
        ...key,
        ...card,
        contentHash: shown?.hash ?? before?.contentHash ?? "",
        contentLang: shown?.lang ?? before?.contentLang ?? event.lang,
      });
      today.push({ ...key, ...log, id: event.id });
    } else {
      const index = today.findIndex((r) => r.id === event.reviewId);
      if (index < 0) continue;
      const [review] = today.splice(index, 1);
      const card = cards.get(cardKeyString(review!));
      // Only the card's latest rating can be rolled back from its state; the review screen only offers that one.
      if (!card || card.lastReview?.getTime() !== review!.reviewedAt.getTime()) continue;
      const restored = scheduler.undo(card, review!);
      // A first rating taken back leaves the card unseen again, as on the server.
      const gone = restored.reps === 0 && isNewState(restored.state);
      placer.moved(card.due, gone ? undefined : restored.due);
      if (gone) cards.delete(cardKeyString(review!));
      else cards.set(cardKeyString(review!), { ...card, ...restored });
    }
  }
  return { cards, today, holds };
}

/** Today's ratings since the study day began: the new cards introduced (against the daily limit) and the last one. */
export function todaySince(state: LocalState, dayStart: Date) {
  const since = state.today.filter((r) => r.reviewedAt >= dayStart);
  return {
    newIntroduced: since.filter((r) => isNewState(r.state)).length,
    last: since.reduce<LocalReview | undefined>((a, r) => (!a || r.reviewedAt >= a.reviewedAt ? r : a), undefined),
  };
}
