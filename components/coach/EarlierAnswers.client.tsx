"use client";

import { useFormatter, useTranslations } from "next-intl";
import { use, useEffect, useId, useRef, useState } from "react";
import { RevealedContext } from "../RevealAnswer.client";
import type { EarlierAnswer } from "@/lib/open-answers/earlier-answers";
import { RenderedHtml } from "../RenderedHtml";
import type { ChecklistPoint } from "./KeyPointChecklist.client";

const MARK = { covered: "✓", partly: "½", missing: "✗" } as const;
const TONE = {
  covered: "text-emerald-800 dark:text-emerald-300",
  partly: "text-amber-800 dark:text-amber-300",
  missing: "text-rose-800 dark:text-rose-300",
} as const;

type Props = { questionId: string; points: ChecklistPoint[]; refresh: number };

/**
 * The learner's earlier answers to this question, each beside the key points as they ticked them then: progress is
 * seeing a point move from missing to covered. Personal, so fetched by the browser (the page itself is static).
 */
export function EarlierAnswers({ questionId, points, refresh }: Props) {
  const t = useTranslations("coach");
  const format = useFormatter();
  const [answers, setAnswers] = useState<EarlierAnswer[] | "failed">();
  const revealed = use(RevealedContext);
  const section = useRef<HTMLElement>(null);
  const headingId = useId();
  useEffect(() => {
    // Personal data for a static page: asked for only once the answer is shown, and only by the view on screen.
    if (!revealed || section.current?.checkVisibility?.() === false) return;
    let live = true;
    fetch(`/api/me/answers/${encodeURIComponent(questionId)}`, { cache: "no-store" })
      .then((r) =>
        r.ok ? (r.json() as Promise<{ answers: EarlierAnswer[] }>) : Promise.reject(new Error(String(r.status))),
      )
      .then((body) => live && setAnswers(body.answers))
      .catch(() => live && setAnswers("failed"));
    return () => {
      live = false;
    };
  }, [questionId, refresh, revealed]);

  return (
    <section ref={section} aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-lg font-semibold">
        {t("earlier")}
      </h2>
      {answers === undefined && <p className="text-sm">{t("earlierLoading")}</p>}
      {answers === "failed" && <p className="text-sm text-rose-700 dark:text-rose-400">{t("earlierFailed")}</p>}
      {Array.isArray(answers) && answers.length === 0 && <p className="text-sm">{t("earlierNone")}</p>}
      {Array.isArray(answers) && answers.length > 0 && (
        <ol className="space-y-3">
          {answers.map((a) => (
            <li
              key={a.id}
              className="grid gap-3 rounded-lg border border-stone-200 p-3 sm:grid-cols-2 dark:border-stone-700"
            >
              <div className="space-y-1">
                <p className="text-sm font-medium text-stone-700 dark:text-stone-300">
                  {t("answeredOn", {
                    source: t(`source.${a.source as "review"}`),
                    date: format.dateTime(new Date(a.answeredAt), { dateStyle: "medium", timeStyle: "short" }),
                  })}
                </p>
                <p className="whitespace-pre-wrap break-words">{a.text || t("noText")}</p>
              </div>
              <ul className="space-y-1 text-sm" aria-label={t("keyPoints")}>
                {points.map((p, i) => {
                  const v = a.verdicts[i] ?? "missing";
                  return (
                    <li key={i} className="flex gap-2">
                      <span aria-hidden="true" className={`font-bold ${TONE[v]}`}>
                        {MARK[v]}
                      </span>
                      <span className="sr-only">{t(`verdict.${v}`)}: </span>
                      <RenderedHtml html={p.html} as="span" className="prose-sm prose-p:my-0" />
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
