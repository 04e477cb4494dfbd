import { newClientId } from "../client-id";
import type { Lang } from "../content/schemas/common";
import type { CardKey } from "../review/card-keys";
import type { ReviewCatalog } from "../review/catalog";
import { deriveLocalState, type HashOf } from "../review/local-state";
import type { GradeValue } from "../review/scheduler";
import type { ReviewEvent, ReviewStateResponse, SyncEvent } from "../review/sync-protocol";
import { ContentLoader } from "./content-loader";
import { EMPTY_SERVER, type EngineSnapshot, type SyncStatus } from "./engine-snapshot";
import { appendOutbox, readMeta, readOutbox, removeFromOutbox, writeMeta, type OutboxEntry } from "./store";
import { download, mergeAcknowledged, nextBatch, sendBatch } from "./sync";

/** Waits between attempts to reach a server that did not answer: 5 s, doubling up to a minute. */
const FIRST_RETRY_MS = 5_000;
const LAST_RETRY_MS = 60_000;

const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The review session's local-first store: the device's copy of the learner's cards and the content catalog, the
 * durable outbox, and the sync loop. A rating is applied to the local state at once and written to the outbox;
 * the outbox is sent in the background (promptly when online, when the connection returns, on leaving the page).
 * React reads it through `subscribe`/`snapshot` (useSyncExternalStore).
 */
export class ReviewEngine {
  // Content arriving changes only what can be shown, not the learner's state: no need to derive it again.
  readonly content = new ContentLoader(() => this.notify({ ...this.current }));
  private server = EMPTY_SERVER;
  private outbox: OutboxEntry[] = [];
  private catalog: ReviewCatalog | undefined;
  private listeners = new Set<() => void>();
  private current: EngineSnapshot;
  private flushing: Promise<void> | undefined;
  private flushAgain = false;
  private status: SyncStatus = { online: true, syncing: false, waiting: 0, waitingRatings: 0, held: 0, refused: [] };
  private ready = false;
  private started = false;
  private needsConnection = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryDelay = FIRST_RETRY_MS;

  constructor() {
    this.current = this.build();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  snapshot = () => this.current;

  /** Opens the device's store, then refreshes it from the server when there is a connection. */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    const [catalog, server, outbox] = await Promise.all([readMeta("catalog"), readMeta("server"), readOutbox()]);
    this.catalog = catalog;
    this.server = server ?? EMPTY_SERVER;
    this.outbox = outbox;
    this.status.online = navigator.onLine;
    const fresh = await Promise.all([this.refreshCatalog(), this.refreshServer()]);
    this.needsConnection = !this.catalog || (!server && !fresh[1]);
    this.ready = true;
    this.emit();
    void this.flush();
  }

  /**
   * Records a rating of a card shown in `lang` with content `hash`: the local state changes now; the outbox entry
   * is on disk before the promise resolves.
   */
  rate(
    key: CardKey,
    rating: GradeValue,
    shown: { lang: Lang; hash: string },
    now: Date,
    answer?: ReviewEvent["answer"],
  ): Promise<void> {
    const { questionId, clozeIndex } = key;
    const reviewedAt = now.toISOString();
    const event: ReviewEvent = {
      kind: "review",
      id: newClientId(),
      questionId,
      clozeIndex,
      rating,
      reviewedAt,
      lang: shown.lang,
      ...(answer && { answer }),
    };
    return this.record(event, shown);
  }

  /** Takes back a rating of today, named by its id. */
  undo(reviewId: string, now: Date): Promise<void> {
    return this.record({ kind: "undo", id: newClientId(), reviewId, at: now.toISOString() });
  }

  /** Sends the outbox, batch after batch, until it is empty or the connection is gone. */
  flush(keepalive = false): Promise<void> {
    if (this.flushing) {
      this.flushAgain = true;
      return this.flushing;
    }
    this.flushing = this.sendAll(keepalive).finally(() => {
      this.flushing = undefined;
      this.status.syncing = false;
      this.emit();
      if (this.flushAgain) {
        this.flushAgain = false;
        void this.flush();
      }
    });
    return this.flushing;
  }

  /**
   * Downloads the learner's state again (a review page opened by a client-side navigation: a quiz answered since the
   * page loaded adds to "my mistakes"), then sends what waits. Before the first start, `start` does both.
   */
  refresh(): void {
    if (this.ready) void this.refreshServer().then(() => this.flush());
  }

  /** The connection came back (or went): refresh and send what waits. */
  setOnline(online: boolean): void {
    this.status.online = online;
    this.emit();
    if (online) void this.refreshServer().then(() => this.flush());
  }

  private async record(event: SyncEvent, shown?: OutboxEntry["shown"]): Promise<void> {
    const entry: OutboxEntry = { owner: this.server.profileId, event, shown };
    this.outbox.push(entry);
    this.emit();
    await appendOutbox(entry);
    void this.flush();
  }

  private sendable(): OutboxEntry[] {
    return this.outbox.filter((e) => e.owner === null || e.owner === this.server.profileId);
  }

  private async sendAll(keepalive: boolean): Promise<void> {
    for (let batch = nextBatch(this.sendable()); batch.length > 0; batch = nextBatch(this.sendable())) {
      this.status.syncing = true;
      this.emit();
      const result = await sendBatch(batch, browserTimeZone(), keepalive);
      if (result.kind === "offline") {
        this.status.online = false;
        this.retryLater();
        return;
      }
      this.status.online = true;
      this.retryDelay = FIRST_RETRY_MS;
      if (result.kind === "refused") {
        // Made under another profile than the server now acts for (signed in or out elsewhere): learn who acts now;
        // the entries wait, counted as held, for their learner. Anything else refused whole would be refused again.
        if (result.status === 409) return void (await this.refreshServer());
        this.status.refused = [...this.status.refused, result.message];
        await this.drop(new Set(batch.map((e) => e.event.id)));
        continue;
      }
      const { response } = result;
      const derived = deriveLocalState(
        this.server,
        this.sendable().map((e) => e.event),
        this.hashOf,
      );
      // Results come in the order sent: each names its entry by position, even one refused for a malformed id.
      const answered = new Set(response.results.flatMap((r) => batch[r.index]?.event.id ?? []));
      // The state and the outbox change together in memory; the disk follows (a crash between them only shows an
      // acknowledged rating twice until the next download).
      this.server = mergeAcknowledged(
        this.server,
        response,
        batch.map((e) => e.event),
        derived.today,
      );
      this.outbox = this.outbox.filter((e) => !answered.has(e.event.id));
      const refused = response.results.filter((r) => r.status === "rejected");
      if (refused.length) this.status.refused = [...this.status.refused, ...refused.map((r) => r.message)];
      this.emit();
      await writeMeta("server", this.server);
      await removeFromOutbox(answered);
    }
  }

  /**
   * No answer (no connection, or the server in trouble): try again later, waiting longer each time, in case the
   * browser never says it is back online (a server that is down while the network is up).
   */
  private retryLater(): void {
    if (this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.flush();
    }, this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, LAST_RETRY_MS);
  }

  private async drop(ids: Set<string>): Promise<void> {
    await removeFromOutbox(ids);
    this.outbox = this.outbox.filter((e) => !ids.has(e.event.id));
    this.emit();
  }

  private async refreshCatalog(): Promise<boolean> {
    const catalog = await download<ReviewCatalog>("/api/review-content/catalog");
    if (catalog && catalog !== "offline" && catalog.version !== this.catalog?.version) {
      this.catalog = catalog;
      await writeMeta("catalog", catalog);
    }
    return !!catalog && catalog !== "offline";
  }

  private async refreshServer(): Promise<boolean> {
    const state = await download<ReviewStateResponse>("/api/review/state");
    this.status.online = state !== "offline";
    if (!state || state === "offline") return false;
    this.server = state;
    await writeMeta("server", state);
    this.emit();
    return true;
  }

  private hashOf: HashOf = (event) => this.outbox.find((e) => e.event.id === event.id)?.shown;

  private build(): EngineSnapshot {
    const sendable = this.sendable();
    return {
      ready: this.ready,
      needsConnection: this.needsConnection,
      catalog: this.catalog,
      server: this.server,
      local: deriveLocalState(
        this.server,
        sendable.map((e) => e.event),
        this.hashOf,
      ),
      status: {
        ...this.status,
        waiting: sendable.length,
        waitingRatings: sendable.filter((e) => e.event.kind === "review").length || sendable.length,
        held: this.outbox.length - sendable.length,
      },
    };
  }

  private emit(): void {
    this.notify(this.build());
  }

  private notify(snapshot: EngineSnapshot): void {
    this.current = snapshot;
    for (const listener of this.listeners) listener();
  }
}
