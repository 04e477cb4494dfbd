import type { CardContent } from "../review/card-content";
import { readContent, writeContent } from "./store";

/** The next cards' content is fetched at once; the rest of the prefetch waits for idle moments, two at a time. */
const EAGER = 12;
const PARALLEL = 2;
const idle = () =>
  new Promise<void>((resolve) =>
    "requestIdleCallback" in window
      ? requestIdleCallback(() => resolve(), { timeout: 2_000 })
      : setTimeout(resolve, 50),
  );

/**
 * Flashcard content for the review session: from memory, else the device's store, else the static file of this
 * deployment (its address carries the content's version, so an edited question is fetched again).
 */
export class ContentLoader {
  private readonly memory = new Map<string, CardContent>();
  private readonly loading = new Map<string, Promise<CardContent | undefined>>();

  constructor(private readonly onLoaded: () => void) {}

  get(id: string): CardContent | undefined {
    return this.memory.get(id);
  }

  /** Loads one question's content (once, however often it is asked for). */
  load(id: string, v: string): Promise<CardContent | undefined> {
    const known = this.memory.get(id);
    if (known) return Promise.resolve(known);
    let pending = this.loading.get(id);
    if (!pending) {
      pending = this.fetchOne(id, v).finally(() => this.loading.delete(id));
      this.loading.set(id, pending);
    }
    return pending;
  }

  /**
   * Makes sure the content of these questions is on the device, in the order given: the first few at once, the rest
   * when the page is idle, so filling the store never delays the card the learner is looking at.
   */
  async prefetch(items: readonly { id: string; v: string }[]): Promise<void> {
    const queue = items.filter((item) => !this.memory.has(item.id));
    await Promise.all(queue.splice(0, EAGER).map((item) => this.load(item.id, item.v)));
    const worker = async () => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        await idle();
        await this.load(item.id, item.v);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
  }

  private async fetchOne(id: string, v: string): Promise<CardContent | undefined> {
    let content = await readContent(id, v).catch(() => undefined);
    if (!content) {
      try {
        const response = await fetch(`/api/review-content/questions/${encodeURIComponent(id)}?v=${v}`);
        if (!response.ok) return undefined;
        content = (await response.json()) as CardContent;
        await writeContent(id, v, content);
      } catch {
        return undefined; // offline and not on the device: the session says the card needs a connection
      }
    }
    this.memory.set(id, content);
    this.onLoaded();
    return content;
  }
}
