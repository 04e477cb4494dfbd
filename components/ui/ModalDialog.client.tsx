"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";

type Props = {
  /** The button that opens the dialog. */
  openLabel: string;
  openClassName: string;
  title: string;
  children: (close: () => void) => ReactNode;
};

/**
 * A button and the modal dialog it opens: the native <dialog> with showModal(), so the page behind is inert, focus
 * moves into the dialog and Escape closes it; closing returns focus to the button. The title names the dialog.
 */
export function ModalDialog({ openLabel, openClassName, title, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const close = () => setOpen(false);
  return (
    <>
      <button type="button" className={openClassName} onClick={() => setOpen(true)}>
        {openLabel}
      </button>
      <dialog
        ref={ref}
        aria-labelledby={titleId}
        onClose={close}
        className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-lg border border-stone-300 bg-white p-6 text-stone-900 shadow-xl backdrop:bg-stone-950/60 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
      >
        <h2 id={titleId} className="mb-3 text-lg font-semibold">
          {title}
        </h2>
        {children(close)}
      </dialog>
    </>
  );
}
