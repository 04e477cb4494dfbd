"use client";

import { useEffect, type RefObject } from "react";
import { optionForKey } from "@/lib/review/option-keys";
import type { GradeValue } from "@/lib/review/scheduler";

type SessionKeys = {
  /** A card is on screen, and whether its answer is shown. */
  card: boolean;
  revealed: boolean;
  /** Options A, B, C … a choice card offers (0 for any other card). */
  optionCount: number;
  /** The shortcut sheet: while it is open, nothing behind it reacts (its own Esc closes it). */
  sheet: RefObject<HTMLDialogElement | null>;
  openSheet: () => void;
  reveal: () => void;
  pick: (index: number) => void;
  rate: (rating: GradeValue) => void;
  undo: () => void;
  /** "-" buries the card on screen, "@" suspends it (Anki's keys). */
  hold: (action: "bury" | "suspend") => void;
  /** Esc: dismisses the notice, if one is shown. */
  dismiss: (() => void) | undefined;
};

/**
 * isComposing: a Chinese IME's Enter confirms a candidate, it must not reveal the card. A checkbox is not typing:
 * with a key point ticked, 1–4 still rate.
 */
const isTyping = (e: KeyboardEvent) =>
  e.isComposing ||
  (e.target instanceof HTMLElement &&
    (e.target.isContentEditable ||
      ["TEXTAREA", "SELECT"].includes(e.target.tagName) ||
      (e.target instanceof HTMLInputElement && !["checkbox", "radio"].includes(e.target.type))));

/**
 * The review screen's keys, as the shortcut sheet lists them. Before the answer is shown: Space or Enter reveal,
 * A, B, C … or 1, 2, 3 … pick an option. After it: 1–4 rate. Any time: Z undoes, - buries and @ suspends the card,
 * ? opens the sheet, Esc dismisses the notice. The number keys depend on the side shown, so picking and rating never clash.
 */
export function useSessionKeys(keys: SessionKeys) {
  const { card, revealed, optionCount, sheet, openSheet, reveal, pick, rate, undo, hold, dismiss } = keys;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (sheet.current?.open) return;
      if (isTyping(e) || e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
      const onControl =
        e.target instanceof HTMLElement && ["BUTTON", "A", "SUMMARY", "INPUT"].includes(e.target.tagName);
      const option = card && !revealed ? optionForKey(e.key, optionCount) : undefined;
      if (e.key === "?") {
        e.preventDefault();
        openSheet();
      } else if (card && !revealed && (e.key === " " || e.key === "Enter") && !onControl) {
        e.preventDefault();
        reveal();
      } else if (option !== undefined) {
        e.preventDefault();
        pick(option);
      } else if (revealed && ["1", "2", "3", "4"].includes(e.key)) {
        e.preventDefault();
        rate(Number(e.key) as GradeValue);
      } else if (card && (e.key === "-" || e.key === "@")) {
        e.preventDefault();
        hold(e.key === "-" ? "bury" : "suspend");
      } else if (e.key === "z" || e.key === "Z") {
        e.preventDefault();
        undo();
      } else if (e.key === "Escape" && dismiss) {
        dismiss();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [card, dismiss, hold, openSheet, optionCount, pick, rate, reveal, revealed, sheet, undo]);
}
