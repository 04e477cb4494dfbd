import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

export type ChartTable = {
  caption: string;
  columns: string[];
  rows: { key: string; cells: ReactNode[] }[];
  empty?: string;
};

type Props = {
  id: string;
  title: string;
  /** The chart's message in one sentence: what a screen reader hears for the picture. */
  summary: string;
  note?: string;
  width: number;
  height: number;
  /** The drawing: plain SVG elements, decorative for assistive technology (the summary and table carry the data). */
  children: ReactNode;
  table: ChartTable;
};

/** A server-rendered SVG chart with a title, a text summary it is labelled by, and the same data as a table. */
export async function ChartFigure({ id, title, summary, note, width, height, children, table }: Props) {
  const t = await getTranslations("dashboard");
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="space-y-3 rounded-xl border border-stone-200 p-4 dark:border-stone-800"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      <p id={`${id}-summary`} className="text-sm text-stone-700 dark:text-stone-300">
        {summary}
      </p>
      <div className="overflow-x-auto">
        <svg
          role="img"
          aria-labelledby={`${id}-title ${id}-summary`}
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          // The card's full width, never narrower than drawn (a phone scrolls the chart inside its box instead).
          style={{ minWidth: width }}
          className="h-auto w-full max-w-none text-stone-700 dark:text-stone-300"
        >
          {children}
        </svg>
      </div>
      {note && <p className="text-xs text-stone-600 dark:text-stone-400">{note}</p>}
      <details>
        <summary className="cursor-pointer text-sm font-medium text-amber-800 underline dark:text-amber-300">
          {t("showTable")}
        </summary>
        <table className="mt-2 w-full max-w-xl text-left text-sm">
          <caption className="mb-1 text-left text-stone-700 dark:text-stone-300">{table.caption}</caption>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c} scope="col" className="border-b border-stone-300 py-1 pr-4 dark:border-stone-700">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.length === 0 && table.empty ? (
              <tr>
                <td colSpan={table.columns.length} className="py-1">
                  {table.empty}
                </td>
              </tr>
            ) : (
              table.rows.map((r) => (
                <tr key={r.key}>
                  {r.cells.map((c, i) =>
                    i === 0 ? (
                      <th key={i} scope="row" className="py-0.5 pr-4 font-normal">
                        {c}
                      </th>
                    ) : (
                      <td key={i} className="py-0.5 pr-4 tabular-nums">
                        {c}
                      </td>
                    ),
                  )}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </details>
    </section>
  );
}
