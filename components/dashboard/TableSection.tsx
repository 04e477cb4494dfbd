import type { ReactNode } from "react";

type Props = { id: string; title: string; empty: string; caption: string; columns: string[]; rows: ReactNode[] };

/** A dashboard section that is a titled table, or a sentence when there is nothing to list yet. */
export function TableSection({ id, title, empty, caption, columns, rows }: Props) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="space-y-3 rounded-xl border border-stone-200 p-4 dark:border-stone-800"
    >
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm">{empty}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="mb-1 text-left text-stone-700 dark:text-stone-300">{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col" className="border-b border-stone-300 py-1 pr-4 dark:border-stone-700">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{rows}</tbody>
        </table>
      )}
    </section>
  );
}
