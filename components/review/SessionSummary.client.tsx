"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Link } from "@/components/navigation/Link.client";
import type { Lang } from "@/lib/content/schemas/common";
import type { ReviewScope } from "@/lib/review/scope";
import type { CaughtUpReason, SessionTally } from "@/lib/review/session-summary";

/** How many more new cards "Learn more" adds to today's session at a time. */
export const MORE_NEW_CARDS = 10;

type Props = {
  tally: SessionTally;
  reason: CaughtUpReason;
  comeBackAt: Date | undefined;
  nextDue: Date | undefined;
  /** Today's new-card limit (with any cards added by "Learn more"). */
  newLimit: number;
  unseenLeft: number;
  /** What ended a deck's session, in its own words (instead of the reason a scheduled session ends). */
  reasonText?: string;
  /** Cards in "my mistakes": offered as more study when there are any (and this is not that deck). */
  mistakes: number;
  scope: ReviewScope;
  topics: { id: string; name: string }[];
  uiLang: Lang;
  onMoreNew: (count: number) => void;
};

const RATINGS = [
  [1, "again"],
  [2, "hard"],
  [3, "good"],
  [4, "easy"],
] as const;
const LINK = "text-amber-800 underline dark:text-amber-300";

/**
 * The end of a session: what was done (cards, ratings, time, when the next card is due), why nothing is left
 * (the real reason, not always the daily limit), and ways to study more.
 */
export function SessionSummary(props: Props) {
  const { tally, reason, scope, uiLang } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The last card's heading had focus and is gone: the summary takes it, so keyboard and screen reader follow.
  useEffect(() => headingRef.current?.focus(), []);
  const t = useTranslations("reviewSession");
  const tr = useTranslations("review");
  const tm = useTranslations("mistakes");
  const time = (d: Date) => d.toLocaleTimeString(uiLang, { hour: "2-digit", minute: "2-digit" });
  const dateTime = (d: Date) => d.toLocaleString(uiLang, { dateStyle: "medium", timeStyle: "short" });
  const seconds = Math.round(tally.ms / 1000);
  const duration =
    seconds >= 60
      ? t("durationMinutes", { minutes: Math.floor(seconds / 60), seconds: seconds % 60 })
      : t("durationSeconds", { seconds });
  const more = Math.min(MORE_NEW_CARDS, props.unseenLeft);
  const otherTopics = props.topics.filter((topic) => topic.id !== scope.topic);
  return (
    <section
      aria-labelledby="session-summary-title"
      className="space-y-4 rounded-xl border border-emerald-300 bg-emerald-50 p-6 dark:border-emerald-800 dark:bg-emerald-950"
    >
      <h2
        id="session-summary-title"
        ref={headingRef}
        tabIndex={-1}
        className="text-xl font-semibold focus:outline-none"
      >
        {tally.reviewed > 0 && reason !== "learningLater" ? t("summaryTitle") : tr("doneTitle")}
      </h2>
      <p>
        {props.reasonText ??
          (reason === "learningLater" && props.comeBackAt
            ? tr("comeBack", { time: time(props.comeBackAt) })
            : reason === "newLimit"
              ? t("reasonNewLimit", { limit: props.newLimit })
              : reason === "blanksTomorrow"
                ? t("reasonBlanksTomorrow")
                : t("reasonAllLearned"))}
      </p>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-2 sm:grid-cols-4">
        <div>
          <dt className="text-sm text-stone-700 dark:text-stone-300">{t("reviewed")}</dt>
          <dd className="text-2xl font-bold tabular-nums">{tally.reviewed}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-700 dark:text-stone-300">{t("timeSpent")}</dt>
          <dd className="text-2xl font-bold tabular-nums">{duration}</dd>
        </div>
        <div className="col-span-2">
          <dt className="text-sm text-stone-700 dark:text-stone-300">{t("nextDue")}</dt>
          <dd className="text-lg font-semibold">{props.nextDue ? dateTime(props.nextDue) : t("nextDueNone")}</dd>
        </div>
      </dl>
      <div>
        <h3 className="text-sm text-stone-700 dark:text-stone-300">{t("ratingCounts")}</h3>
        <ul className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
          {RATINGS.map(([value, key]) => (
            <li key={key} className="whitespace-nowrap">
              {tr(key)} <strong className="tabular-nums">{tally.byRating[value]}</strong>
            </li>
          ))}
        </ul>
      </div>
      <nav
        aria-labelledby="study-more-title"
        className="space-y-2 border-t border-emerald-300 pt-3 dark:border-emerald-800"
      >
        <h3 id="study-more-title" className="font-semibold">
          {t("studyMore")}
        </h3>
        <ul className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
          {reason === "newLimit" && more > 0 && (
            <li>
              <button
                type="button"
                onClick={() => props.onMoreNew(more)}
                className="rounded-md bg-amber-500 px-3 py-1.5 font-medium text-stone-950 shadow-sm hover:bg-amber-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600"
              >
                {t("moreNew", { count: more })}
              </button>
            </li>
          )}
          {props.mistakes > 0 && scope.deck !== "mistakes" && (
            <li>
              <Link className={LINK} href="/review?deck=mistakes">
                {tm("link", { count: props.mistakes })}
              </Link>
            </li>
          )}
          {Object.keys(scope).length > 0 && (
            <li>
              <Link className={LINK} href="/review">
                {tr("reviewAll")}
              </Link>
            </li>
          )}
          <li>
            <Link className={LINK} href="/settings">
              {tr("settings")}
            </Link>
          </li>
        </ul>
        {otherTopics.length > 0 && (
          <details className="text-sm">
            <summary className="cursor-pointer font-medium">{t("pickTopic")}</summary>
            <ul className="mt-2 grid gap-1.5 sm:grid-cols-2">
              {otherTopics.map((topic) => (
                <li key={topic.id}>
                  <Link className={LINK} href={`/review?topic=${encodeURIComponent(topic.id)}`}>
                    {topic.name}
                  </Link>
                </li>
              ))}
            </ul>
          </details>
        )}
      </nav>
    </section>
  );
}
