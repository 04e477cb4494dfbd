import type { PrismaClient } from "@prisma/client";
import { contentLangFor } from "../content/pick-lang";
import { takeTurns } from "../db/take-turns";
import type { CardKey } from "./card-keys";
import { rateForward, replayCard, type Rating } from "./replay-card";
import { createPlacer, type PlanWindow } from "./placer";
import { selectDueTimes } from "./schedule-sql";
import { createScheduler, emptyState } from "./scheduler";
import { holdOf } from "./card-holds";
import { findKnownActions, selectHolds, writeCardActions } from "./card-holds-sql";
import { classifyItems } from "./sync-classify";
import { parseSyncItems, type ParsedReview, type QuestionLookup } from "./sync-items";
import type { CardHold, RemovedCard, SyncedCard, SyncItemResult } from "./sync-protocol";
import { byReviewTime, keyOf, type CardRow, type ReviewRow } from "./sync-rows";
import {
  deleteCards,
  findKnownIds,
  selectCards,
  selectLiveReviews,
  writeCards,
  writeReviews,
  writeUndos,
} from "./sync-sql";
import { writeReviewAnswers } from "./sync-answers-sql";
import { toSyncedCard } from "./synced-card";

export type SyncBatchInput = {
  profileId: string;
  events: readonly unknown[];
  questionOf: QuestionLookup;
  desiredRetention: number;
  /** The learner's own FSRS parameters (null: defaults) and plans still ahead, as `GET /api/review/state` gives them. */
  schedule?: { weights: number[] | null; plans: PlanWindow[] };
  now: Date;
};

/**
 * How long a batch may wait for a connection, and run. Prisma's defaults (2 s, 5 s) turn a burst of syncs on a busy
 * machine into errors although nothing is wrong; a sync that fails is only sent again, so waiting is the better
 * answer (the browser keeps its outbox until a result comes back).
 */
const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 30_000 };
const DAY_MS = 86_400_000;

export type SyncBatchOutcome = {
  results: SyncItemResult[];
  cards: (SyncedCard | RemovedCard)[];
  /** Present only when the batch held card actions: the latest action of each card they named. */
  holds?: CardHold[];
};

const ratingOf = ({ event, reviewedAt, question }: ParsedReview): Rating => {
  const contentLang = contentLangFor(question, event.lang);
  return {
    id: event.id,
    questionId: event.questionId,
    clozeIndex: event.clozeIndex,
    rating: event.rating,
    reviewedAt,
    contentLang,
    contentHash: question.langs[contentLang]!.hash,
  };
};

function groupByCard<T extends CardKey>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

/**
 * Stores one batch of a device's events for a learner (see README "Sync protocol"): every valid item is stored,
 * every invalid one refused by itself, and each card touched is derived again from the log. The server never takes
 * a card state from the device. A card whose new ratings all come after its last stored one is rated forward from
 * its stored state (keeping an explicit queueing); a late rating (another device's, made offline) or an undo
 * replays the card's whole log instead. One transaction, taking turns per learner across instances.
 */
export async function applySyncBatch(db: PrismaClient, input: SyncBatchInput): Promise<SyncBatchOutcome> {
  const { profileId, now } = input;
  const items = parseSyncItems(input.events, input.questionOf, now);
  if (items.every((i) => "status" in i)) return { results: items as SyncItemResult[], cards: [] };
  const scheduler = createScheduler(input.desiredRetention, input.schedule?.weights);
  return db.$transaction(async (tx) => {
    await takeTurns(tx, `review:${profileId}`);
    const reviewIds = items.flatMap((i) =>
      "status" in i || i.kind === "card" ? [] : [i.kind === "review" ? i.event.id : i.event.reviewId],
    );
    const undoIds = items.flatMap((i) => ("status" in i || i.kind !== "undo" ? [] : [i.event.id]));
    const cardItems = items.flatMap((i) => ("status" in i || i.kind !== "card" ? [] : [i]));
    // Card actions cost their two statements only in a batch that carries one (a rating batch reads nothing more).
    const [known, knownActions] = await Promise.all([
      findKnownIds(tx, reviewIds, undoIds),
      findKnownActions(
        tx,
        cardItems.map((i) => i.event.id),
      ),
    ]);
    const { results, reviews, undos, actions, repeated } = classifyItems(items, known, profileId, knownActions);
    await writeCardActions(
      tx,
      profileId,
      actions.map((a) => holdOf(a.event)),
    );
    const holds =
      cardItems.length > 0
        ? await selectHolds(
            tx,
            profileId,
            [...new Map(cardItems.map((i) => [keyOf(i.event), i.event])).values()].map((e) => ({
              questionId: e.questionId,
              clozeIndex: e.clozeIndex,
            })),
          )
        : undefined;
    // Every reset named (a retry too): the card's state goes back, as for a repeated rating.
    const resetKeys = cardItems.flatMap((i) => (i.event.action === "reset" ? [i.event] : []));
    if (reviews.length + undos.length + repeated.length + resetKeys.length === 0) return { results, cards: [], holds };

    const touched = new Map<string, CardKey>();
    for (const k of [...reviews.map((r) => r.event), ...undos.map((u) => u.target), ...repeated, ...resetKeys])
      touched.set(keyOf(k), { questionId: k.questionId, clozeIndex: k.clozeIndex });
    const questionIds = [...new Set([...touched.values()].map((k) => k.questionId))];
    const selected = await selectCards(tx, profileId, questionIds);
    const stored = new Map(selected.cards.map((c) => [keyOf(c), c]));
    // The latest reset of each card (stored, or in this batch): ratings up to it no longer count.
    const resets = selected.resets;
    for (const a of actions)
      if (a.event.action === "reset" && !(resets.get(keyOf(a.event))! >= a.at)) resets.set(keyOf(a.event), a.at);
    const resetNow = new Set(resetKeys.map(keyOf));

    const ratings = groupByCard(reviews.map(ratingOf));
    for (const list of ratings.values()) list.sort(byReviewTime);
    const undoneIds = new Set(undos.map((u) => u.event.reviewId));
    const undoneCards = new Set(undos.map((u) => keyOf(u.target)));
    const late = (key: string, list: Rating[]) => {
      const last = stored.get(key)?.lastReview;
      const reset = resets.get(key);
      const first = list[0]!.reviewedAt.getTime();
      return (!!last && first <= last.getTime()) || (!!reset && first <= reset.getTime());
    };
    const replayKeys = [...touched.keys()].filter(
      (key) => undoneCards.has(key) || resetNow.has(key) || (ratings.has(key) && late(key, ratings.get(key)!)),
    );

    // The load the device saw: every other card's due (a card's own stored due leaves as it is rated again).
    const dues = await selectDueTimes(tx, profileId, new Date(now.getTime() - DAY_MS));
    const placer = createPlacer(
      dues.filter((d) => !touched.has(keyOf(d))).map((d) => d.due),
      input.schedule?.plans,
    );
    const rows: ReviewRow[] = [];
    const cards = new Map<string, CardRow | undefined>();
    // Cards in the order the device rated them, as its load saw them.
    const forward = [...ratings].sort(([, a], [, b]) => byReviewTime(a[0]!, b[0]!));
    for (const [key, list] of forward) {
      if (replayKeys.includes(key)) continue;
      const start = stored.get(key) ?? emptyState(list[0]!.reviewedAt);
      const { card, rows: added } = rateForward(scheduler, start, list, placer);
      rows.push(...added);
      cards.set(key, card);
    }
    if (replayKeys.length > 0) {
      const live = groupByCard(
        await selectLiveReviews(
          tx,
          profileId,
          replayKeys.map((k) => touched.get(k)!),
        ),
      );
      for (const key of replayKeys) {
        const before = live.get(key) ?? [];
        const added = ratings.get(key) ?? [];
        // A rating stored and taken back in this same batch still gets its log: replayed as if it had stood.
        const undoneNow = added.filter((r) => undoneIds.has(r.id));
        if (undoneNow.length > 0) {
          const asIf = replayCard(scheduler, before, added).rows;
          rows.push(...asIf.filter((r) => undoneIds.has(r.id)));
        }
        const standing = [before, added].map((list) => list.filter((r) => !undoneIds.has(r.id))) as [
          typeof before,
          typeof added,
        ];
        // Ratings up to the card's last reset keep their log (replayed among themselves) but not the card.
        const reset = resets.get(key);
        const counts = (r: { reviewedAt: Date }) => !reset || r.reviewedAt.getTime() > reset.getTime();
        if (reset) {
          const forgotten = replayCard(
            scheduler,
            standing[0].filter((r) => !counts(r)),
            standing[1].filter((r) => !counts(r)),
          );
          rows.push(...forgotten.rows);
        }
        const replay = replayCard(scheduler, standing[0].filter(counts), standing[1].filter(counts), placer);
        rows.push(...replay.rows);
        cards.set(key, replay.card);
      }
    }

    await writeReviews(tx, profileId, rows);
    await writeReviewAnswers(tx, profileId, reviews);
    await writeUndos(
      tx,
      undos.map((u) => ({ id: u.event.id, reviewId: u.event.reviewId, createdAt: u.at })),
    );
    const kept = [...cards.values()].filter((c): c is CardRow => !!c);
    await writeCards(tx, profileId, kept);
    await deleteCards(
      tx,
      profileId,
      [...cards].flatMap(([key, c]) => (c ? [] : [touched.get(key)!])),
    );

    const answer = [...touched].map(([key, k]): SyncedCard | RemovedCard => {
      const card = cards.has(key) ? cards.get(key) : stored.get(key);
      return card ? toSyncedCard(card) : { ...k, removed: true };
    });
    return { results, cards: answer, ...(holds && { holds }) };
  }, TRANSACTION_LIMITS);
}
