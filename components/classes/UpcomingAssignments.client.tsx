"use client";

import type { ReactNode } from "react";
import { Link } from "@/components/navigation/Link.client";
import { usePageLocale } from "@/components/navigation/use-page-locale";
import { link } from "@/components/ui/styles";
import type { Locale } from "@/lib/i18n/locale-list";
import { usePrivateJson } from "../viewer/use-private-json";

type Upcoming = {
  timeZone: string | undefined;
  items: { id: string; title: Record<Locale, string>; className: string; dueAt: string }[];
};

/** The strings, resolved on the server: `dueOn` has `{date}` where the due date goes. */
export type UpcomingLabels = { title: string; dueOn: string };

/**
 * The home page's "Assigned to me": the next five to do, by due date, from /api/me/upcoming, in the time zone the
 * visitor's browser last reported; nothing at all for anyone without one (so an anonymous visitor's page never
 * changes after it is painted). `seeAll` is the server's link to the full list.
 */
export function UpcomingAssignments({ labels, seeAll }: { labels: UpcomingLabels; seeAll: ReactNode }) {
  const upcoming = usePrivateJson<Upcoming>("/api/me/upcoming");
  const lang = usePageLocale();
  if (!upcoming || upcoming.items.length === 0) return null;
  const when = new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : "en", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: upcoming.timeZone,
  });
  return (
    <section
      aria-labelledby="assigned-heading"
      className="space-y-3 rounded-xl border border-stone-200 p-5 dark:border-stone-800"
    >
      <h2 id="assigned-heading" className="text-lg font-semibold">
        <Link href="/assignments" className={link}>
          {labels.title}
        </Link>
      </h2>
      <ul className="space-y-1">
        {upcoming.items.map((a) => (
          <li key={a.id} className="flex flex-wrap gap-x-3">
            {/* Each opens its row on the full list, where it is started or its result seen. */}
            <Link href={`/assignments#assignment-${a.id}`} className={`font-medium ${link}`}>
              {a.title[lang]}
            </Link>
            <span className="text-stone-700 dark:text-stone-300">{a.className}</span>
            <span className="text-stone-700 dark:text-stone-300">
              {labels.dueOn.replace("{date}", when.format(new Date(a.dueAt)))}
            </span>
          </li>
        ))}
      </ul>
      {seeAll}
    </section>
  );
}
