"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Link } from "@/components/navigation/Link.client";
import type { CardRowView } from "@/lib/review/card-browser";
import { STATE_LABEL } from "./CardFilters.client";

type Props = {
  rows: CardRowView[];
  selected: ReadonlySet<string>;
  onSelect: (keys: string[], on: boolean) => void;
  titles: Record<string, string>;
  topicNames: Record<string, string>;
  formatDue: (due: Date) => string;
};

const CELL = "border-t border-stone-200 px-2 py-1.5 align-top dark:border-stone-700";

/**
 * The cards shown, one row each, with a checkbox per row and one that selects every row shown. The table scrolls
 * sideways in its own box on a narrow screen (a focusable region, so the keyboard can scroll it too).
 */
export function CardTable({ rows, selected, onSelect, titles, topicNames, formatDue }: Props) {
  const t = useTranslations("cards");
  const all = useRef<HTMLInputElement>(null);
  const chosen = rows.filter((r) => selected.has(r.key)).length;
  useEffect(() => {
    if (all.current) all.current.indeterminate = chosen > 0 && chosen < rows.length;
  }, [chosen, rows.length]);
  const titleOf = (r: CardRowView) =>
    (titles[r.questionId] ?? r.questionId) + (r.clozeIndex ? ` (${t("blank", { index: r.clozeIndex })})` : "");
  return (
    <div
      role="region"
      aria-label={t("tableCaption")}
      tabIndex={0}
      className="max-h-[70vh] overflow-auto rounded-lg border border-stone-300 focus-visible:outline-2 focus-visible:outline-amber-600 dark:border-stone-700"
    >
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">{t("tableCaption")}</caption>
        <thead className="sticky top-0 bg-stone-100 dark:bg-stone-800">
          <tr>
            <th scope="col" className="w-10 px-2 py-1.5">
              <input
                ref={all}
                type="checkbox"
                aria-label={t("selectAll")}
                checked={rows.length > 0 && chosen === rows.length}
                disabled={rows.length === 0}
                onChange={(e) =>
                  onSelect(
                    rows.map((r) => r.key),
                    e.target.checked,
                  )
                }
                className="size-4 accent-amber-600"
              />
            </th>
            <th scope="col" className="px-2 py-1.5">
              {t("colQuestion")}
            </th>
            <th scope="col" className="px-2 py-1.5">
              {t("colTopic")}
            </th>
            <th scope="col" className="px-2 py-1.5">
              {t("colState")}
            </th>
            <th scope="col" className="px-2 py-1.5">
              {t("colDue")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-state={r.state}>
              <td className={CELL}>
                <input
                  type="checkbox"
                  aria-label={t("selectCard", { title: titleOf(r) })}
                  checked={selected.has(r.key)}
                  onChange={(e) => onSelect([r.key], e.target.checked)}
                  className="size-4 accent-amber-600"
                />
              </td>
              <td className={CELL}>
                <Link href={`/questions/${r.questionId}`} className="text-amber-800 underline dark:text-amber-300">
                  {titleOf(r)}
                </Link>
              </td>
              <td className={CELL}>{topicNames[r.topic] ?? r.topic}</td>
              <td className={CELL}>{t(STATE_LABEL[r.state])}</td>
              <td className={`${CELL} whitespace-nowrap`}>{r.due ? formatDue(r.due) : t("dueNever")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
