"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, type RefObject } from "react";
import { primaryButton, secondaryButton } from "../ui/styles";

type Props = {
  /** Open while this is a number: the questions still unanswered. */
  unanswered: number | undefined;
  onCancel: () => void;
  onConfirm: () => void;
  /** Where focus goes back when the dialog closes: the button that opened it (it was disabled while it worked). */
  returnFocus: RefObject<HTMLElement | null>;
};

/**
 * "N questions unanswered — hand in anyway?", as a modal dialog: the browser's own <dialog> keeps focus inside and
 * closes on Escape; "Keep answering" has the focus first (the safe choice), and closing returns focus to
 * `returnFocus`.
 */
export function HandInDialog({ unanswered, onCancel, onConfirm, returnFocus }: Props) {
  const t = useTranslations("quiz.runner");
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const open = unanswered !== undefined;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onClose={() => {
        returnFocus.current?.focus();
        if (open) onCancel();
      }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-stone-300 bg-white p-6 text-stone-900 shadow-xl backdrop:bg-stone-950/50 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {t("handInTitle")}
      </h2>
      <p id={`${id}-text`} className="mt-2">
        {t("handInQuestion", { count: unanswered ?? 0 })}
      </p>
      <div className="mt-6 flex flex-wrap justify-end gap-3">
        <button ref={cancelRef} type="button" onClick={() => ref.current?.close()} className={secondaryButton}>
          {t("keepAnswering")}
        </button>
        <button type="button" onClick={onConfirm} className={primaryButton}>
          {t("handInAnyway")}
        </button>
      </div>
    </dialog>
  );
}
