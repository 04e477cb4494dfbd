"use client";

import { useTranslations } from "next-intl";

export type ToastNotice =
  | { kind: "rated"; rating: string }
  | { kind: "undone" }
  /** A card suspended or buried from the session; `undo` puts it back (an unsuspend, logged like any action). */
  | { kind: "suspended" | "buried"; undo: () => void }
  | { kind: "restored" };

type Props = { notice: ToastNotice | undefined; onDismiss: () => void };

const BUTTON =
  "rounded-md px-2.5 py-1 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-500";

/**
 * What the last rating or undo did, on screen (top of a phone's screen, bottom right on a wider one) until it is
 * dismissed (its button or Esc) or replaced. Undo of a rating stays the one button beside the counts (and Z); a
 * suspended or buried card's notice carries its own Undo, since Z takes back ratings only. The
 * words sit in a status region that stays in the page, so a screen reader hears each change even while nothing
 * is shown.
 */
export function UndoToast({ notice, onDismiss }: Props) {
  const t = useTranslations("reviewSession");
  const tc = useTranslations("cards");
  const message =
    notice &&
    {
      rated: () => t("toastRated", { rating: notice.kind === "rated" ? notice.rating : "" }),
      undone: () => t("toastUndone"),
      suspended: () => tc("toastSuspended"),
      buried: () => tc("toastBuried"),
      restored: () => tc("toastRestored"),
    }[notice.kind]();
  return (
    <div
      data-testid="review-toast"
      className={
        notice
          ? "fixed inset-x-2 top-2 z-30 flex items-center gap-2 rounded-lg border border-stone-300 bg-white p-3 shadow-lg sm:inset-x-auto sm:top-auto sm:right-4 sm:bottom-4 sm:max-w-sm dark:border-stone-600 dark:bg-stone-900"
          : "sr-only"
      }
    >
      <p role="status" className="flex-1 text-sm">
        {message}
      </p>
      {notice && "undo" in notice && (
        <button
          type="button"
          onClick={notice.undo}
          className={`${BUTTON} border border-stone-400 hover:bg-stone-100 dark:border-stone-500 dark:hover:bg-stone-800`}
        >
          {tc("undoHold")}
        </button>
      )}
      {notice && (
        <button
          type="button"
          onClick={onDismiss}
          aria-label={t("dismiss")}
          className={`${BUTTON} text-stone-700 hover:bg-stone-100 dark:text-stone-200 dark:hover:bg-stone-800`}
        >
          <span aria-hidden="true">✕</span>
        </button>
      )}
    </div>
  );
}
