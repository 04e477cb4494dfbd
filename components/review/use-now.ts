"use client";

import { useEffect, useState } from "react";
import { LEARN_AHEAD_MS } from "@/lib/review/queue";

/**
 * The clock the review queue is built with: read again after every rating (`turn`) and when a learning card
 * comes back (`comeBackAt`, shown within the learn-ahead window), so an idle screen offers it without a reload.
 */
export function useNow(turn: number, comeBackAt: Date | undefined): Date {
  const [now, setNow] = useState(() => new Date());
  const [lastTurn, setLastTurn] = useState(turn);
  if (turn !== lastTurn) {
    setLastTurn(turn);
    setNow(new Date());
  }
  useEffect(() => {
    if (!comeBackAt) return;
    const wait = Math.max(0, comeBackAt.getTime() - LEARN_AHEAD_MS - Date.now()) + 1_000;
    const timer = setTimeout(() => setNow(new Date()), Math.min(wait, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [comeBackAt]);
  return now;
}
