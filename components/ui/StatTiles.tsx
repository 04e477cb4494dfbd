import type { ReactNode } from "react";

/** Headline figures as a description list of tiles: a result's score and time, a gradebook's averages. */
export function StatTiles({
  items,
  className,
}: {
  items: readonly (readonly [term: string, value: ReactNode])[];
  className: string;
}) {
  return (
    <dl className={`grid gap-4 ${className}`}>
      {items.map(([term, value]) => (
        <div key={term} className="rounded-lg border border-stone-200 p-3 dark:border-stone-800">
          <dt className="text-sm text-stone-700 dark:text-stone-300">{term}</dt>
          <dd className="text-2xl font-bold">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
