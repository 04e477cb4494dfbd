"use client";

import { useTranslations } from "next-intl";
import type { RefObject } from "react";

type Row = { keys: string; does: string; shortcut: string };

/**
 * Every key of the review screen, in a modal dialog (the browser's own <dialog>: focus moves in and is held there,
 * Esc closes it, focus returns to what opened it). Grouped by when a key works, which is also why the number keys
 * can both pick options (before the answer is shown) and rate (after).
 */
export function ShortcutSheet({ dialogRef }: { dialogRef: RefObject<HTMLDialogElement | null> }) {
  const t = useTranslations("reviewSession");
  const tc = useTranslations("cards");
  const groups: { title: string; rows: Row[] }[] = [
    {
      title: t("groupBefore"),
      rows: [
        { keys: t("keyReveal"), does: t("doReveal"), shortcut: "Space Enter" },
        { keys: t("keyPickLetter"), does: t("doPickLetter"), shortcut: "A B C D" },
        { keys: t("keyPickNumber"), does: t("doPickNumber"), shortcut: "1 2 3" },
        { keys: t("keyTypedReveal"), does: t("doTypedReveal"), shortcut: "Control+Enter" },
      ],
    },
    { title: t("groupAfter"), rows: [{ keys: t("keyRate"), does: t("doRate"), shortcut: "1 2 3 4" }] },
    {
      title: t("groupAnyTime"),
      rows: [
        { keys: t("keyUndo"), does: t("doUndo"), shortcut: "Z" },
        { keys: tc("keyBury"), does: tc("doBury"), shortcut: "-" },
        { keys: tc("keySuspend"), does: tc("doSuspend"), shortcut: "@" },
        { keys: t("keyHelp"), does: t("doHelp"), shortcut: "?" },
        { keys: t("keyClose"), does: t("doClose"), shortcut: "Escape" },
      ],
    },
  ];
  const close = () => dialogRef.current?.close();
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby="shortcut-sheet-title"
      // A click on the backdrop (the dialog element itself, outside its content) closes it too.
      onClick={(e) => e.target === e.currentTarget && close()}
      className="m-auto w-[min(36rem,calc(100vw-1rem))] rounded-xl border border-stone-300 bg-white p-0 text-stone-900 shadow-xl backdrop:bg-stone-950/50 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
    >
      <div className="space-y-4 p-5">
        <div className="flex items-start justify-between gap-4">
          <h2 id="shortcut-sheet-title" className="text-xl font-bold">
            {t("sheetTitle")}
          </h2>
          <button
            type="button"
            onClick={close}
            className="rounded-md border border-stone-400 px-3 py-1 text-sm font-medium hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-amber-600 dark:border-stone-600 dark:hover:bg-stone-800"
          >
            {t("close")}
          </button>
        </div>
        <p className="text-sm text-stone-700 dark:text-stone-300">{t("sheetIntro")}</p>
        {groups.map((group) => (
          <table key={group.title} className="w-full text-left text-sm">
            <caption className="pb-1 text-left font-semibold">{group.title}</caption>
            <thead className="sr-only">
              <tr>
                <th scope="col">{t("keyColumn")}</th>
                <th scope="col">{t("actionColumn")}</th>
              </tr>
            </thead>
            <tbody>
              {group.rows.map((row) => (
                <tr key={row.shortcut} className="border-t border-stone-200 dark:border-stone-700">
                  <th scope="row" className="w-2/5 py-1.5 pr-3 align-top font-normal">
                    <kbd className="rounded border border-stone-300 bg-stone-50 px-1.5 py-0.5 font-mono text-xs dark:border-stone-600 dark:bg-stone-800">
                      {row.keys}
                    </kbd>
                  </th>
                  <td className="py-1.5 align-top">{row.does}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </dialog>
  );
}
