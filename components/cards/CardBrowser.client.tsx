"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { Link } from "@/components/navigation/Link.client";
import { useReviewEngine } from "@/components/review/use-review-engine";
import { SyncStatus } from "@/components/review/SyncStatus.client";
import { cardRows, filterRows, type CardBrowserState, type DueBucket } from "@/lib/review/card-browser";
import { studyDayEnd, studyDayStart } from "@/lib/review/study-day";
import type { CardActionKind } from "@/lib/review/sync-protocol";
import { CardFilters, NO_FILTER, type FilterValues } from "./CardFilters.client";
import { CardTable } from "./CardTable.client";
import { ResetDialog } from "./ResetDialog.client";

type Props = { titles: Record<string, string>; topicNames: Record<string, string> };

const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const BUTTON =
  "rounded-md border border-stone-400 px-3 py-1.5 text-sm font-medium hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-amber-600 disabled:opacity-50 dark:border-stone-600 dark:hover:bg-stone-800";

/**
 * The learner's cards as this device knows them (the review session's local store, so it works offline), filtered,
 * with bulk suspend, unsuspend and reset (after a confirmation): each card's action goes through the same outbox as
 * a rating. Flags live on the
 * server (QuestionMark), so the flagged filter needs a connection and says so without one.
 */
export function CardBrowser({ titles, topicNames }: Props) {
  const t = useTranslations("cards");
  const format = useFormatter();
  const { engine, snapshot } = useReviewEngine();
  const { catalog, local } = snapshot;
  const [filter, setFilter] = useState<FilterValues>(NO_FILTER);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [done, setDone] = useState("");
  const [flagged, setFlagged] = useState<ReadonlySet<string> | "offline">();
  useEffect(() => {
    fetch("/api/me/flags", { cache: "no-store" })
      .then((r) => (r.ok ? (r.json() as Promise<{ questionIds: string[] }>) : Promise.reject(new Error())))
      .then((body) => setFlagged(new Set(body.questionIds)))
      .catch(() => setFlagged("offline"));
  }, []);

  const now = useMemo(() => new Date(), [local]); // eslint-disable-line react-hooks/exhaustive-deps
  const rows = useMemo(() => {
    if (!catalog) return [];
    const day = { start: studyDayStart(now, browserTimeZone()), end: studyDayEnd(now, browserTimeZone()) };
    return cardRows(catalog, local, now, day);
  }, [catalog, local, now]);
  const shown = useMemo(
    () =>
      filterRows(rows, {
        topic: filter.topic || undefined,
        tag: filter.tag || undefined,
        state: (filter.state || undefined) as CardBrowserState | undefined,
        due: (filter.due || undefined) as DueBucket | undefined,
        questionIds: filter.flagged && flagged instanceof Set ? flagged : undefined,
      }),
    [rows, filter, flagged],
  );
  const tags = useMemo(() => [...new Set(catalog?.questions.flatMap((q) => q.tags) ?? [])].sort(), [catalog]);
  const topics = useMemo(
    () => (catalog?.topics ?? []).map((x) => ({ id: x.id, name: topicNames[x.id] ?? x.id })),
    [catalog, topicNames],
  );

  const select = (keys: string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const key of keys)
        if (on) next.add(key);
        else next.delete(key);
      return next;
    });
  const chosen = shown.filter((r) => selected.has(r.key));
  const resetRef = useRef<HTMLDialogElement>(null);
  const DONE = { suspend: "doneSuspended", unsuspend: "doneUnsuspended", reset: "doneReset" } as const;
  const act = (action: Exclude<CardActionKind, "bury">) => {
    void engine.act(chosen, action, new Date());
    setDone(t(DONE[action], { count: chosen.length }));
    setSelected(new Set());
  };

  const heading = <h1 className="text-2xl font-bold">{t("title")}</h1>;
  if (!snapshot.ready || snapshot.needsConnection)
    return (
      <>
        {heading}
        <p className="rounded-lg border border-stone-300 p-4 dark:border-stone-700">
          {snapshot.ready ? t("needsConnection") : t("loading")}
        </p>
      </>
    );
  return (
    <>
      {heading}
      <p className="text-stone-700 dark:text-stone-300">{t("intro")}</p>
      <SyncStatus status={snapshot.status} />
      <CardFilters
        values={filter}
        onChange={setFilter}
        topics={topics}
        tags={tags}
        flagsAvailable={flagged !== "offline"}
      />
      <div className="flex flex-wrap items-center gap-3">
        <p role="status" className="text-sm font-medium">
          {t("shown", { count: shown.length })} · {t("selected", { count: chosen.length })}
        </p>
        <button type="button" className={BUTTON} disabled={chosen.length === 0} onClick={() => act("suspend")}>
          {t("suspendSelected")}
        </button>
        <button type="button" className={BUTTON} disabled={chosen.length === 0} onClick={() => act("unsuspend")}>
          {t("unsuspendSelected")}
        </button>
        <button
          type="button"
          className={BUTTON}
          disabled={chosen.length === 0}
          aria-haspopup="dialog"
          onClick={() => resetRef.current?.showModal()}
        >
          {t("resetSelected")}
        </button>
        <Link href="/review" className="text-sm text-amber-800 underline dark:text-amber-300">
          {t("backToReview")}
        </Link>
      </div>
      <p role="status" className="text-sm" data-testid="cards-done">
        {done}
      </p>
      <ResetDialog dialogRef={resetRef} count={chosen.length} onConfirm={() => act("reset")} />
      <CardTable
        rows={shown}
        selected={selected}
        onSelect={select}
        titles={titles}
        topicNames={topicNames}
        formatDue={(due) => format.dateTime(due, { dateStyle: "medium", timeStyle: "short" })}
      />
    </>
  );
}
