"use client";

import { countLabel, type CountLabels } from "@/lib/i18n/count-labels";
import { usePageLocale } from "../navigation/use-page-locale";
import { usePrivateJson } from "../viewer/use-private-json";

type Due = { total: number; byTopic: Record<string, number> };

/**
 * Cards due today, in all or for one topic, filled in from /api/me/due once the prerendered page is up (every
 * DueToday on a page shares one request). Until then `pending` (the total) or an empty line of the same height
 * (a topic) holds the place, so nothing moves when the number arrives. Labels come resolved from the server
 * (lib/i18n/count-labels.ts): no message formatter in the page's script.
 */
export function DueToday(
  props: { labels: CountLabels } & ({ kind: "total"; pending: string } | { kind: "topic"; topic: string }),
) {
  const locale = usePageLocale();
  const due = usePrivateJson<Due>("/api/me/due");
  if (props.kind === "total") return <>{due ? countLabel(props.labels, due.total, locale) : props.pending}</>;
  const count = due?.byTopic[props.topic] ?? 0;
  return <span className="block min-h-[1lh]">{due ? countLabel(props.labels, count, locale) : null}</span>;
}
