import autocannon from "autocannon";
import type { CardKey } from "../../../lib/review/card-keys";
import { actionHeaders, decodeActionResult, encodeArgs, isOkResult } from "./action-client";
import { randomOf, rateCardArgs, type VirtualUser } from "./virtual-users";

export type LoadOptions = {
  /** One or more instances of the app; a proxy in front of them would make them one origin, so we send that origin's headers. */
  baseUrls: string[];
  users: VirtualUser[];
  seconds: number;
  /** Reviews per second per user; unset = each user rates again as soon as the last answer arrives. */
  perUserRate?: number;
};

export type LoadFigures = {
  requests: number;
  reviewsPerSecond: number;
  /** HTTP errors, timeouts, refused connections and `{ ok: false }` results. */
  errors: number;
  errorKinds: { failedResults: number; connectionErrors: number; timeouts: number };
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  /** Review ids whose request got `{ ok: true }`: each must be in the database afterwards. */
  acknowledged: string[];
};

/** Runs autocannon with one connection per virtual user, each rating random cards with fresh review ids. */
export async function runReviewLoad(
  { baseUrls, users, seconds, perUserRate }: LoadOptions,
  rateCardId: string,
  cards: CardKey[],
): Promise<LoadFigures> {
  const publicUrl = new URL(baseUrls[0]!);
  const acknowledged: string[] = [];
  let failed = 0;
  let nextUser = 0;
  type Context = { user?: VirtualUser; reviewId?: string };
  const result = await autocannon({
    url: baseUrls as unknown as string,
    connections: users.length,
    duration: seconds,
    connectionRate: perUserRate,
    timeout: 10,
    requests: [
      {
        method: "POST",
        path: "/en/review",
        setupRequest: (request, ctx) => {
          const context = ctx as Context;
          context.user ??= users[nextUser++ % users.length];
          context.reviewId = crypto.randomUUID();
          const headers = {
            ...actionHeaders(publicUrl.origin, rateCardId, context.user!.cookie),
            "X-Forwarded-Host": publicUrl.host,
          };
          return { ...request, headers, body: encodeArgs(rateCardArgs(randomOf(cards), context.reviewId)) };
        },
        onResponse: (status, body, ctx) => {
          const context = ctx as Context;
          let ok = false;
          try {
            ok = status === 200 && isOkResult(decodeActionResult(body));
          } catch {
            ok = false;
          }
          if (ok) acknowledged.push(context.reviewId!);
          else failed++;
        },
      },
    ],
  });
  return {
    requests: result.requests.total,
    reviewsPerSecond: acknowledged.length / seconds,
    errors: failed + result.errors + result.timeouts,
    errorKinds: { failedResults: failed, connectionErrors: result.errors, timeouts: result.timeouts },
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    acknowledged,
  };
}

/** The review figures of a run that measured pages only (`--pages-only`). */
export function emptyReviewLoad(): LoadFigures {
  const none = { p50: 0, p90: 0, p99: 0, max: 0 };
  return {
    requests: 0,
    reviewsPerSecond: 0,
    errors: 0,
    errorKinds: { failedResults: 0, connectionErrors: 0, timeouts: 0 },
    latencyMs: none,
    acknowledged: [],
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
