import { z } from "zod";
import { LangSchema } from "../content/schemas/common";
import { TimeZoneSchema } from "../preferences/study-settings";
import { POINT_VERDICTS } from "../coach/point-verdicts";
import { KEY_POINTS_MAX } from "../content/key-points";
import type { PlanWindow } from "./placer";
import type { CardKey } from "./card-keys";
import type { MistakeRow } from "./mistakes";
import type { CardState, ReviewLogState } from "./scheduler";
import { SYNC_BATCH_LIMIT } from "./sync-limits";

/**
 * What the browser and the server say to each other about flashcards (local-first review, see README "Flashcards
 * offline"). Pure: the service, the route handlers, the browser's sync client and the benchmarks share it.
 */

export { CLOCK_SKEW_MS, EARLIEST_REVIEW, SYNC_BATCH_LIMIT } from "./sync-limits";

const ClientIdSchema = z.uuid("must be a UUID made by the client");
/** Longer than any spoken answer; the quiz's own limit for open answers is the same order. */
export const OPEN_ANSWER_MAX = 10_000;
const IsoTimeSchema = z.iso.datetime({
  offset: true,
  message: "must be an ISO 8601 time such as 2026-12-07T09:30:00Z",
});

/** One rating made on a device, stamped with the device's clock. */
export const ReviewEventSchema = z.object({
  kind: z.literal("review"),
  id: ClientIdSchema,
  questionId: z.string().min(1, "must name a question").max(200, "is too long"),
  clozeIndex: z.number().int("must be a whole number").min(0, "must be 0 or more").max(99, "must be at most 99"),
  rating: z.union(
    [z.literal(1), z.literal(2), z.literal(3), z.literal(4)],
    "must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)",
  ),
  reviewedAt: IsoTimeSchema,
  /** The language the card was shown in: the card remembers it to tell later whether that text changed. */
  lang: LangSchema,
  /** An open or code card: what the learner typed, and the key points they ticked (one verdict per point). */
  answer: z
    .object({
      text: z.string().max(OPEN_ANSWER_MAX, `must be at most ${OPEN_ANSWER_MAX} characters`),
      verdicts: z.array(z.enum(POINT_VERDICTS, "must be covered, partly or missing")).max(KEY_POINTS_MAX),
    })
    .optional(),
});
export type ReviewEvent = z.infer<typeof ReviewEventSchema>;

/** Taking back one rating (named by its id), itself logged with its own id. */
export const UndoEventSchema = z.object({
  kind: z.literal("undo"),
  id: ClientIdSchema,
  reviewId: ClientIdSchema,
  at: IsoTimeSchema,
});
export type UndoEvent = z.infer<typeof UndoEventSchema>;

export const CARD_ACTIONS = ["suspend", "unsuspend", "bury", "reset"] as const;
export type CardActionKind = (typeof CARD_ACTIONS)[number];
/** A burial lasts until the next study day begins: never more than this after the action (a day plus DST slack). */
export const BURY_MAX_MS = 26 * 3_600_000;

/**
 * Suspending (out of every queue until unsuspended), unsuspending (also ends a burial), burying (out of today's
 * queue until `until`, the start of the learner's next study day as the device worked it out) or resetting (its
 * progress forgotten: ratings up to `at` no longer count, so the card is new again) one card.
 */
export const CardEventSchema = z
  .object({
    kind: z.literal("card"),
    id: ClientIdSchema,
    questionId: z.string().min(1, "must name a question").max(200, "is too long"),
    clozeIndex: z.number().int("must be a whole number").min(0, "must be 0 or more").max(99, "must be at most 99"),
    action: z.enum(CARD_ACTIONS, "must be suspend, unsuspend, bury or reset"),
    at: IsoTimeSchema,
    until: IsoTimeSchema.optional(),
  })
  .superRefine((e, ctx) => {
    if (e.action !== "bury") {
      if (e.until !== undefined) ctx.addIssue({ code: "custom", path: ["until"], message: "is only for bury" });
      return;
    }
    const span = e.until === undefined ? NaN : Date.parse(e.until) - Date.parse(e.at);
    if (!(span > 0 && span <= BURY_MAX_MS))
      ctx.addIssue({
        code: "custom",
        path: ["until"],
        message: "must be the start of the next study day: after `at`, at most 26 hours later",
      });
  });
export type CardEvent = z.infer<typeof CardEventSchema>;

export const SyncEventSchema = z.discriminatedUnion("kind", [ReviewEventSchema, UndoEventSchema, CardEventSchema], {
  error: 'must have kind "review", "undo" or "card"',
});
export type SyncEvent = z.infer<typeof SyncEventSchema>;

/**
 * The envelope of `POST /api/review/sync`. Items are parsed one by one (a bad item is refused by itself, the valid
 * ones are stored), so the envelope only checks that they are a list of sane length.
 */
export const SyncRequestSchema = z.object({
  /** The profile the device's events were made under (from its last state download); null before it had one. */
  profileId: z.string().min(1).max(100).nullable(),
  /** The browser's time zone: where this learner's study day starts. */
  timeZone: TimeZoneSchema.optional(),
  events: z
    .array(z.unknown())
    .min(1, "must hold at least one event")
    .max(SYNC_BATCH_LIMIT, `must hold at most ${SYNC_BATCH_LIMIT} events: send the rest in another request`),
});
export type SyncRequest = { profileId: string | null; timeZone?: string; events: SyncEvent[] };

export type SyncItemResult =
  | { index: number; id: string; status: "stored" | "duplicate" }
  | { index: number; id: string | null; status: "rejected"; field: string; message: string };

/** A value as JSON carries it: its dates become ISO strings. */
type OnTheWire<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

/** A card's scheduling state as the server derived it from the log, and the content it was last reviewed in. */
export type SyncedCard = CardKey & OnTheWire<CardState> & { contentHash: string; contentLang: string };

/** A card whose every rating was taken back: it is unseen again. */
export type RemovedCard = { questionId: string; clozeIndex: number; removed: true };

/**
 * A card's latest suspend/unsuspend/bury (by the device's time, then id): whether it is held out of the queue. A reset
 * is logged in the same table but is never a hold: it changes the card itself, which the cards say.
 */
export type CardHold = CardKey & { id: string; action: CardActionKind; at: string; until: string | null };

export type SyncResponse = {
  profileId: string;
  /** The latest action of every card the batch suspended, unsuspended or buried (absent when it did none). */
  holds?: CardHold[];
  /** One result per event, in the order sent. */
  results: SyncItemResult[];
  /** The state of every card the batch touched, after it. */
  cards: (SyncedCard | RemovedCard)[];
  serverTime: string;
};

/** A rating of the current study day, with the card's state before it as ts-fsrs logs it (what an undo restores). */
export type TodayReview = CardKey & { id: string } & OnTheWire<ReviewLogState>;

/** `GET /api/review/state`: everything the browser needs to run a review session on its own. */
export type ReviewStateResponse = {
  /** Null for a visitor who has never rated anything (no profile yet). */
  profileId: string | null;
  settings: { dailyNewLimit: number; desiredRetention: number; timeZone: string };
  /**
   * The learner's own FSRS parameters (null: the defaults) and interview plans still ahead: the scheduler's other
   * inputs. Optional: a device's copy saved before they existed has neither, which means defaults and no plan.
   */
  schedule?: { weights: number[] | null; plans: PlanWindow[] };
  cards: SyncedCard[];
  /** Each card's latest suspend/unsuspend/bury. Optional: a device's copy saved before they existed has none. */
  holds?: CardHold[];
  /** This study day's ratings not taken back, oldest first. */
  today: TodayReview[];
  /**
   * The learner's mistakes within the "my mistakes" window (lib/review/mistakes.ts): cards rated Again before this
   * study day and quiz questions answered wrong or partly. Optional: a device's copy saved before it existed has none.
   */
  mistakes?: MistakeRow[];
  dayStart: string;
  serverTime: string;
};
