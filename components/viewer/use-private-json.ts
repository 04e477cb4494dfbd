"use client";

import { useEffect, useState } from "react";

// Components that mount together (every topic card's due count) share one request: an answer asked for within
// this window is reused, as SWR's deduping interval does. A later visit to the page asks again.
const DEDUPE_MS = 2000;
const inFlight = new Map<string, { at: number; answer: Promise<unknown> }>();

function ask(url: string, key: string): Promise<unknown> {
  const now = Date.now();
  const id = `${url}\n${key}`;
  const recent = inFlight.get(id);
  if (recent && now - recent.at < DEDUPE_MS) return recent.answer;
  const answer = fetch(url, { cache: "no-store" })
    .then((res) => (res.ok ? res.json() : undefined))
    .catch(() => undefined);
  inFlight.set(id, { at: now, answer });
  return answer;
}

/**
 * A small JSON answer about the visitor (the /api/me family), fetched once the prerendered page is up: undefined
 * until it arrives, and also if it fails, in which case the page simply shows its parts that are the same for
 * everyone. A change of `key` (a client-side navigation) asks again; the same url and key within a moment share
 * one answer.
 */
export function usePrivateJson<T>(url: string, key: unknown = url): T | undefined {
  const [data, setData] = useState<T>();
  useEffect(() => {
    let live = true;
    void ask(url, String(key)).then((body) => live && body !== undefined && setData(body as T));
    return () => {
      live = false;
    };
  }, [url, key]);
  return data;
}
