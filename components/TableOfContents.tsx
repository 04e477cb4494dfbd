import type { TocEntry } from "@/lib/content/schemas/article";

export function TableOfContents({ toc, label }: { toc: TocEntry[]; label: string }) {
  if (toc.length === 0) return null;
  return (
    <nav aria-label={label} className="text-sm">
      <h2 className="mb-2 font-semibold">{label}</h2>
      <ol className="space-y-1 border-l border-stone-200 dark:border-stone-800">
        {toc.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? "pl-6" : "pl-3"}>
            <a href={`#${entry.id}`} className="text-stone-700 hover:text-amber-700 hover:underline dark:text-stone-300 dark:hover:text-amber-300">
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
