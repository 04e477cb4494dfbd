"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { useRouter } from "@/components/navigation/use-localized-router";
import { saveMockAnswer } from "@/lib/actions/save-mock-answer";
import { newClientId } from "@/lib/client-id";
import type { Lang } from "@/lib/content/schemas/common";
import { formatDuration } from "@/lib/quiz/duration";
import { AnswerSections } from "../AnswerSections";
import { KeyPointChecklist, type ChecklistPoint } from "../coach/KeyPointChecklist.client";
import { RenderedHtml } from "../RenderedHtml";
import { FormAlert } from "../ui/Field";
import { primaryButton } from "../ui/styles";
import { MockClock, useQuestionClock } from "./MockClock.client";
import { useMockDraft } from "./use-mock-draft";

export type RunnerQuestion = {
  id: string;
  lang: Lang;
  title: string;
  promptHtml: string;
  hintsHtml?: string;
  answerHtml?: string;
  solutionHtml?: string;
  explanationHtml?: string;
  points: ChecklistPoint[];
};

type Props = {
  mockId: string;
  position: number;
  total: number;
  perQuestionSec: number | null;
  enforced: boolean;
  appearedAtMs: number;
  serverNowMs: number;
  question: RunnerQuestion;
  uiLang: Lang;
};

/**
 * One question of a mock interview: answer, hand in, tick the key points against the model answer, go on. The
 * page renders the question the round is on (so a reload resumes there) and this component is keyed by it.
 */
export function MockRunner(props: Props) {
  const { mockId, position, total, perQuestionSec, enforced, question: q } = props;
  const t = useTranslations("mock.runner");
  const router = useRouter();
  const id = useId();
  const { draft, ready, update, discard } = useMockDraft(`goldmine:mock:${mockId}:${q.id}`, () => ({
    answerId: newClientId(),
    text: "",
    handedIn: false,
    seconds: 0,
    verdicts: q.points.map(() => "missing" as const),
  }));
  const { reading, now } = useQuestionClock(props.appearedAtMs, perQuestionSec, props.serverNowMs);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const checkRef = useRef<HTMLDivElement>(null);
  const last = position + 1 === total;

  const handIn = (seconds: number) => {
    update({ handedIn: true, seconds });
    requestAnimationFrame(() => checkRef.current?.focus());
  };

  // An enforced limit hands the answer in as it stands (once the tab's own draft is restored, so none is lost).
  const overTime = !!reading?.overTime;
  useEffect(() => {
    if (!ready || !enforced || perQuestionSec === null || !overTime || draft.handedIn) return;
    update({ handedIn: true, seconds: perQuestionSec });
    requestAnimationFrame(() => checkRef.current?.focus());
  }, [ready, enforced, perQuestionSec, overTime, draft.handedIn, update]);
  const timedOut = enforced && perQuestionSec !== null && draft.seconds >= perQuestionSec;

  // The next question takes the focus, so a keyboard or screen-reader user starts at its title.
  useEffect(() => {
    if (position > 0) headingRef.current?.focus();
  }, [position]);

  const save = () =>
    startTransition(async () => {
      setError(undefined);
      const result = await saveMockAnswer({
        mockId,
        answerId: draft.answerId,
        questionId: q.id,
        lang: q.lang,
        text: draft.text,
        verdicts: draft.verdicts,
        seconds: draft.seconds,
      });
      if (!result.ok) return setError(t("saveFailed", { message: result.error.message }));
      discard();
      if (result.data.finished) router.push(`/mock/${mockId}/report`);
      else router.refresh();
    });

  const contentLang = q.lang === props.uiLang ? undefined : q.lang === "zh" ? "zh-CN" : "en";
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="font-medium">{t("progress", { n: position + 1, total })}</p>
        {!draft.handedIn && <MockClock reading={reading} />}
      </div>
      <article lang={contentLang} className="space-y-4">
        <h2 ref={headingRef} tabIndex={-1} className="text-xl font-semibold focus:outline-none">
          {q.title}
        </h2>
        <RenderedHtml html={q.promptHtml} />
        {q.hintsHtml && (
          <details className="rounded-lg bg-stone-50 p-3 dark:bg-stone-900">
            <summary
              lang={contentLang && (props.uiLang === "zh" ? "zh-CN" : "en")}
              className="cursor-pointer font-medium"
            >
              {t("hints")}
            </summary>
            <RenderedHtml html={q.hintsHtml} className="mt-2" />
          </details>
        )}
      </article>
      {q.points.length === 0 && <p className="text-sm">{t("gone")}</p>}

      <div className="space-y-1">
        <label htmlFor={`${id}-answer`} className="block font-medium">
          {t("yourAnswer")}
        </label>
        <p id={`${id}-answer-help`} className="text-sm text-stone-600 dark:text-stone-400">
          {t("answerHelp")}
        </p>
        <textarea
          id={`${id}-answer`}
          value={draft.text}
          readOnly={draft.handedIn}
          onChange={(e) => update({ text: e.target.value })}
          aria-describedby={`${id}-answer-help`}
          rows={8}
          className="w-full rounded-md border border-stone-300 bg-white px-3 py-2 read-only:bg-stone-100 dark:border-stone-700 dark:bg-stone-900 dark:read-only:bg-stone-800"
        />
      </div>

      {!draft.handedIn ? (
        <button
          type="button"
          className={primaryButton}
          disabled={!ready}
          onClick={() => handIn(Math.round(now().elapsedMs / 1000))}
        >
          {t("handIn")}
        </button>
      ) : (
        <div ref={checkRef} tabIndex={-1} className="space-y-6 focus:outline-none">
          <p role="status" className="text-sm font-medium">
            {timedOut && <>{t("timeUp")} </>}
            {t("took", { time: formatDuration(draft.seconds * 1000) })}
          </p>
          {q.points.length > 0 && (
            <KeyPointChecklist
              points={q.points}
              verdicts={draft.verdicts}
              onChange={(verdicts) => update({ verdicts })}
              idPrefix={`${id}-mock`}
              disabled={pending}
            />
          )}
          <div lang={contentLang} className="space-y-4">
            <AnswerSections
              heading="h3"
              content={q}
              labelLang={contentLang && (props.uiLang === "zh" ? "zh-CN" : "en")}
              labels={{
                answer: t("modelAnswer"),
                solution: t("solution"),
                explanation: t("explanation"),
                true: "",
                false: "",
              }}
            />
          </div>
          <FormAlert message={error} />
          <button type="button" className={primaryButton} disabled={pending} onClick={save}>
            {pending ? t("saving") : last ? t("finish") : t("next")}
          </button>
        </div>
      )}
    </div>
  );
}
