"use client";

import { useTranslations } from "next-intl";
import type { RefObject } from "react";

type Props = { dialogRef: RefObject<HTMLDialogElement | null>; count: number; onConfirm: () => void };

const BUTTON =
  "rounded-md px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600";

/**
 * Asks before forgetting the selected cards' progress (the browser's own modal <dialog>: focus moves in and stays,
 * Esc cancels, focus returns to the button that opened it). Cancel is first, so Enter on arrival changes nothing.
 */
export function ResetDialog({ dialogRef, count, onConfirm }: Props) {
  const t = useTranslations("cards");
  const close = () => dialogRef.current?.close();
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby="reset-title"
      aria-describedby="reset-body"
      className="m-auto w-[min(28rem,calc(100vw-1rem))] rounded-xl border border-stone-300 bg-white p-5 text-stone-900 shadow-xl backdrop:bg-stone-950/50 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
    >
      <h2 id="reset-title" className="text-lg font-bold">
        {t("resetTitle", { count })}
      </h2>
      <p id="reset-body" className="mt-2 text-sm">
        {t("resetBody")}
      </p>
      <div className="mt-4 flex flex-wrap justify-end gap-2">
        <button
          type="button"
          onClick={close}
          className={`${BUTTON} border border-stone-400 hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800`}
        >
          {t("resetCancel")}
        </button>
        <button
          type="button"
          onClick={() => {
            onConfirm();
            close();
          }}
          className={`${BUTTON} bg-rose-700 text-white hover:bg-rose-800`}
        >
          {t("resetConfirm")}
        </button>
      </div>
    </dialog>
  );
}
