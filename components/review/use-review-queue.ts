"use client";

import { useMemo } from "react";
import type { EngineSnapshot } from "@/lib/local-review/engine-snapshot";
import { localQueue } from "@/lib/review/local-session";
import { deckOfMistakes, mistakesQueue } from "@/lib/review/mistakes-queue";
import type { ReviewScope } from "@/lib/review/scope";

const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

type Input = Pick<EngineSnapshot, "catalog" | "local" | "server"> & {
  scope: ReviewScope | undefined;
  sessionStart: Date;
  newLimit: number;
  now: Date;
};

/**
 * What to show next on this device: the "my mistakes" deck's cards (worked out on every page: the others link to
 * it with its count), and the queue of the scope asked for: the deck's own session, or the scheduled one.
 */
export function useReviewQueue({ catalog, local, server, scope, sessionStart, newLimit, now }: Input) {
  const deckMode = scope?.deck === "mistakes";
  const deck = useMemo(
    () => (catalog ? deckOfMistakes(catalog, local, server.mistakes, now) : []),
    [catalog, local, server.mistakes, now],
  );
  const plans = server.schedule?.plans;
  const queue = useMemo(() => {
    if (!catalog || !scope) return undefined;
    if (deckMode) return mistakesQueue(catalog, local, deck, sessionStart, browserTimeZone(), now);
    return localQueue(catalog, local, scope, { dailyNewLimit: newLimit }, browserTimeZone(), now, plans);
  }, [catalog, local, scope, deckMode, deck, sessionStart, newLimit, plans, now]);
  return { deckMode, deck, queue };
}
