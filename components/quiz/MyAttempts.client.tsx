"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { link, primaryButton } from "@/components/ui/styles";
import { Link } from "@/components/navigation/Link.client";
import type { Locale } from "@/lib/i18n/locales";
import { usePrivateJson } from "../viewer/use-private-json";

type Attempts = {
  unfinished: {
    id: string;
    quizSlug: string | null;
    title: Record<Locale, string>;
    mode: string;
    answered: number;
    total: number;
  }[];
  finished: {
    id: string;
    title: Record<Locale, string>;
    finishedAt: string | null;
    scorePercent: number;
    passed: boolean | null;
  }[];
};

/** The visitor's quiz attempts (from /api/me/attempts) on the prerendered quiz pages; nothing while unknown. */
const useAttempts = () => usePrivateJson<Attempts>("/api/me/attempts");

export function UnfinishedAttempts() {
  const attempts = useAttempts();
  const t = useTranslations("quiz");
  const lang = useLocale() as Locale;
  if (!attempts || attempts.unfinished.length === 0) return null;
  return (
    <section aria-labelledby="unfinished-heading" className="space-y-3">
      <h2 id="unfinished-heading" className="text-xl font-semibold">
        {t("list.unfinished")}
      </h2>
      <ul className="space-y-2">
        {attempts.unfinished.map((attempt) => (
          <li
            key={attempt.id}
            className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-stone-200 p-3 dark:border-stone-800"
          >
            <div>
              <p className="font-medium">{attempt.title[lang]}</p>
              <p className="text-sm text-stone-700 dark:text-stone-300">
                {t("list.unfinishedProgress", {
                  answered: attempt.answered,
                  total: attempt.total,
                  mode: t("mode.short", { mode: attempt.mode }),
                })}
              </p>
            </div>
            <Link
              href={`/attempts/${attempt.id}`}
              aria-label={t("list.resumeNamed", { title: attempt.title[lang] })}
              className="rounded-md bg-amber-500 px-3 py-1.5 font-medium text-stone-950 hover:bg-amber-400"
            >
              {t("list.resume")}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function RecentAttempts() {
  const attempts = useAttempts();
  const t = useTranslations("quiz");
  const format = useFormatter();
  const lang = useLocale() as Locale;
  if (!attempts || attempts.finished.length === 0) return null;
  return (
    <section aria-labelledby="recent-heading" className="space-y-3">
      <h2 id="recent-heading" className="text-xl font-semibold">
        {t("list.recent")}
      </h2>
      <ul className="space-y-2">
        {attempts.finished.map((attempt) => (
          <li key={attempt.id}>
            <Link
              href={`/attempts/${attempt.id}/result`}
              aria-label={t("list.viewResult", { title: attempt.title[lang] })}
              className={link}
            >
              {attempt.title[lang]}
            </Link>{" "}
            <span className="text-sm text-stone-700 dark:text-stone-300">
              {t("list.recentLine", {
                score: attempt.scorePercent,
                date: attempt.finishedAt
                  ? format.dateTime(new Date(attempt.finishedAt), { dateStyle: "medium", timeStyle: "short" })
                  : "",
              })}
              {attempt.passed !== null && ` · ${attempt.passed ? t("result.passed") : t("result.failed")}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** On a quiz set's page: go back to the visitor's unfinished attempt at it, if there is one. */
export function ResumeAttempt({ slug }: { slug: string }) {
  const attempts = useAttempts();
  const t = useTranslations("quiz");
  const open = attempts?.unfinished.find((a) => a.quizSlug === slug);
  if (!open) return null;
  return (
    <div className="space-y-2">
      <Link href={`/attempts/${open.id}`} className={`inline-block ${primaryButton}`}>
        {t("start.resume")}
      </Link>
      <p className="text-sm text-stone-700 dark:text-stone-300">{t("start.startOver")}</p>
    </div>
  );
}
