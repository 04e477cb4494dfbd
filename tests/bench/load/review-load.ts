import autocannon from "autocannon";
import type { CardKey } from "../../../lib/review/card-keys";
import type { SyncResponse } from "../../../lib/review/sync-protocol";
import { acknowledgedIds, reviewEvent, syncHeaders } from "./sync-client";
import { nextRatingTime, randomOf, type VirtualUser } from "./virtual-users";

export type LoadOptions = {
  /** One or more instances of the app; a proxy in front of them would make them one origin, so we send that origin's headers. */
  baseUrls: string[];
  users: VirtualUser[];
  seconds: number;
  /** Sync requests per second per user; unset = each user syncs again as soon as the last answer arrives. */
  perUserRate?: number;
  /** Ratings per request, drawn evenly from [min, max]: 1–1 is one review per request, 5–10 what the browser sends. */
  batch: { min: number; max: number };
};

export type LoadFigures = {
  requests: number;
  reviewsPerSecond: number;
  /** Mean ratings per request. */
  meanBatch: number;
  /** HTTP errors, timeouts, refused connections and items the server refused. */
  errors: number;
  errorKinds: { httpErrors: number; rejectedItems: number; connectionErrors: number; timeouts: number };
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  /** Review ids the server acknowledged (stored or duplicate): each must be in the database afterwards, once. */
  acknowledged: string[];
};

/**
 * Runs autocannon with one connection per virtual user. Each request is what the browser's sync client sends after
 * the learner rated a few cards on their own: a batch of review events for random live cards, stamped with the
 * device's clock, under the profile its state download named.
 */
export async function runReviewLoad(
  { baseUrls, users, seconds, perUserRate, batch }: LoadOptions,
  cards: CardKey[],
): Promise<LoadFigures> {
  const publicUrl = new URL(baseUrls[0]!);
  const acknowledged: string[] = [];
  let httpErrors = 0;
  let rejectedItems = 0;
  let sent = 0;
  let nextUser = 0;
  type Context = { user?: VirtualUser };
  const result = await autocannon({
    url: baseUrls as unknown as string,
    connections: users.length,
    duration: seconds,
    connectionRate: perUserRate,
    timeout: 10,
    requests: [
      {
        method: "POST",
        path: "/api/review/sync",
        setupRequest: (request, ctx) => {
          const context = ctx as Context;
          const user = (context.user ??= users[nextUser++ % users.length]!);
          const n = batch.min + Math.floor(Math.random() * (batch.max - batch.min + 1));
          const events = Array.from({ length: n }, () => reviewEvent(randomOf(cards), nextRatingTime(user)));
          sent += n;
          const headers = { ...syncHeaders(publicUrl.origin, user.cookie), "X-Forwarded-Host": publicUrl.host };
          return { ...request, headers, body: JSON.stringify({ profileId: user.profileId, timeZone: "UTC", events }) };
        },
        onResponse: (status, body) => {
          try {
            if (status !== 200) throw new Error(`HTTP ${status}`);
            const response = JSON.parse(body) as SyncResponse;
            const ids = acknowledgedIds(response);
            acknowledged.push(...ids);
            rejectedItems += response.results.length - ids.length;
          } catch {
            httpErrors++;
          }
        },
      },
    ],
  });
  return {
    requests: result.requests.total,
    reviewsPerSecond: acknowledged.length / seconds,
    meanBatch: result.requests.total ? sent / result.requests.total : 0,
    errors: httpErrors + rejectedItems + result.errors + result.timeouts,
    errorKinds: { httpErrors, rejectedItems, connectionErrors: result.errors, timeouts: result.timeouts },
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    acknowledged,
  };
}

/** Plain GETs of one page by N connections: for the cached content pages figure. */
export async function runPageLoad(baseUrls: string[], path: string, connections: number, seconds: number) {
  const result = await autocannon({
    url: baseUrls.map((u) => `${u}${path}`) as unknown as string,
    connections,
    duration: seconds,
    timeout: 10,
    headers: { "Accept-Encoding": "gzip" },
  });
  return {
    path,
    requestsPerSecond: result.requests.total / seconds,
    errors: result.non2xx + result.errors + result.timeouts,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
  };
}
