import type { ReviewCatalog } from "../review/catalog";
import type { LocalState } from "../review/local-state";
import type { ReviewStateResponse } from "../review/sync-protocol";

export type SyncStatus = {
  online: boolean;
  syncing: boolean;
  /** Ratings and undos on this device not yet acknowledged by the server. */
  waiting: number;
  /** Of those, the ratings (what the learner counts; an undo waiting alongside is part of the same change). */
  waitingRatings: number;
  /** Waiting entries made under another profile (another learner used this browser): sent once they sign in again. */
  held: number;
  /** What the server refused, in its words (each refused item is dropped from the outbox: it can never be stored). */
  refused: string[];
};

export type EngineSnapshot = {
  ready: boolean;
  /** The device has never downloaded the learner's cards and cannot now (offline on a first visit). */
  needsConnection: boolean;
  catalog: ReviewCatalog | undefined;
  server: ReviewStateResponse;
  local: LocalState;
  status: SyncStatus;
};

/** What the device knows before its first download: nobody's cards, the default settings. */
export const EMPTY_SERVER: ReviewStateResponse = {
  profileId: null,
  settings: { dailyNewLimit: 20, desiredRetention: 0.9, timeZone: "UTC" },
  cards: [],
  today: [],
  dayStart: new Date(0).toISOString(),
  serverTime: new Date(0).toISOString(),
};
