"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "@/components/navigation/use-localized-router";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { RenderedHtml } from "@/components/RenderedHtml";
import { answerQuizQuestion } from "@/lib/actions/answer-quiz-question";
import { finishQuiz } from "@/lib/actions/finish-quiz";
import { saveQuizProgress } from "@/lib/actions/save-quiz-progress";
import { newClientId } from "@/lib/client-id";
import type { Feedback } from "@/lib/quiz/feedback";
import type { QuestionState } from "@/lib/quiz/question-state";
import type { QuizMode, QuizResponse } from "@/lib/quiz/response";
import { Countdown } from "./Countdown.client";
import { QuestionInput } from "./QuestionInput.client";
import { primaryButton, secondaryButton } from "../ui/styles";
import { useDraftBackup } from "./use-draft-backup";
import { useQuizClock, type WallClock } from "./use-quiz-clock";
import { useFlags } from "./use-flags";
import { QuizNavigator } from "./QuizNavigator.client";
import { HandInDialog } from "./HandInDialog.client";
import { QuestionFeedbackPanel } from "./QuestionFeedbackPanel.client";
import { QuizRunnerNav } from "./QuizRunnerNav.client";

type Props = {
  attempt: {
    id: string;
    mode: QuizMode;
    timeLimitSec: number | null;
    elapsedMs: number;
    position: number;
    /** Set for a timed exam: its countdown runs on the wall clock from this start. */
    wall?: WallClock;
  };
  states: QuestionState[];
};

const answered = (r?: QuizResponse) =>
  !!r &&
  (r.type === "single" ||
    r.type === "boolean" ||
    r.type === "multiple" ||
    (r.type === "cloze" ? r.blanks.some((b) => b.trim()) : r.text.trim() !== ""));

/**
 * One question at a time, with a navigator (answered, unanswered, flagged), Previous/Next, the countdown, and
 * feedback as the mode allows. In an exam "Next" saves the answer; handing in with questions unanswered asks first.
 */
export function QuizRunner({ attempt, states }: Props) {
  const t = useTranslations("quiz.runner");
  const router = useRouter();
  const total = states.length;
  const [position, setPosition] = useState(Math.min(attempt.position, total - 1));
  const [drafts, setDrafts] = useState<Record<string, QuizResponse | undefined>>(() =>
    Object.fromEntries(states.map((s) => [s.question.id, s.response])),
  );
  const [saved, setSaved] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(states.map((s) => [s.question.id, !!s.response])),
  );
  const [feedback, setFeedback] = useState<Record<string, Feedback | undefined>>(() =>
    Object.fromEntries(states.map((s) => [s.question.id, s.feedback])),
  );
  const [grades, setGrades] = useState<Record<string, string | undefined>>(() =>
    Object.fromEntries(states.map((s) => [s.question.id, s.selfGrade])),
  );
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const [finishing, setFinishing] = useState(false);
  const pendingAnswers = useRef(new Map<string, { key: string; id: string }>());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const finishRef = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  const { elapsedMs, elapsed } = useQuizClock(attempt.elapsedMs, attempt.wall);
  const [questionIds] = useState(() => states.map((s) => s.question.id));
  const { flagged, toggle: toggleFlag } = useFlags(attempt.id, questionIds);
  /** The number shown in the "hand in anyway?" dialog while it is open. */
  const [confirming, setConfirming] = useState<number>();
  useDraftBackup(
    attempt.id,
    drafts,
    saved,
    useCallback((restored) => setDrafts((d) => ({ ...d, ...restored })), []),
  );

  const resultUrl = `/attempts/${attempt.id}/result`;
  const finish = useCallback(() => {
    setFinishing(true);
    startTransition(async () => {
      const result = await finishQuiz({ attemptId: attempt.id, elapsedMs: elapsed() });
      if (result.ok) router.push(resultUrl);
      else {
        setFinishing(false);
        setError(result.error.message);
      }
    });
  }, [attempt.id, elapsed, router, resultUrl]);

  const saveProgress = useCallback(
    async (at: number) => {
      const result = await saveQuizProgress({ attemptId: attempt.id, position: at, elapsedMs: elapsed() });
      if (result.ok && result.data.finished) router.push(resultUrl);
    },
    [attempt.id, elapsed, router, resultUrl],
  );

  // Every ~10 s, so a closed tab loses at most that much of the time used.
  useEffect(() => {
    const timer = setInterval(() => void saveProgress(position), 10_000);
    return () => clearInterval(timer);
  }, [position, saveProgress]);

  const remaining = attempt.timeLimitSec === null ? null : attempt.timeLimitSec * 1000 - elapsedMs;
  const timeUp = remaining !== null && remaining <= 0;
  const finishRequested = useRef(false);
  useEffect(() => {
    if (timeUp && !finishRequested.current) {
      finishRequested.current = true;
      // The time is up whatever the learner was about to decide.
      setConfirming(undefined);
      finish();
    }
  }, [timeUp, finish]);

  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [position]);

  const current = states[position]!;
  const q = current.question;
  const draft = drafts[q.id];
  const shown = feedback[q.id];
  const locked = attempt.mode === "practice" && (!!shown || saved[q.id]);
  const unansweredCount = states.filter((s) => !saved[s.question.id]).length;

  /** Sends the current question's draft; false if the server refused it (the message is shown). */
  const sendDraft = async (): Promise<boolean> => {
    if (!draft) return false;
    // The same response keeps its id until it is stored: a retry after a network error is not counted twice.
    const key = JSON.stringify(draft);
    const known = pendingAnswers.current.get(q.id);
    const answerId = known?.key === key ? known.id : newClientId();
    pendingAnswers.current.set(q.id, { key, id: answerId });
    setError(undefined);
    const result = await answerQuizQuestion({
      attemptId: attempt.id,
      answerId,
      questionId: q.id,
      response: draft,
      elapsedMs: elapsed(),
    });
    if (!result.ok) {
      setError(result.error.message);
      // A finished or timed-out attempt: the page will show where things stand.
      if (result.error.code === "conflict") router.refresh();
      return false;
    }
    pendingAnswers.current.delete(q.id);
    setSaved((s) => ({ ...s, [q.id]: true }));
    if (result.data.status === "graded") {
      setFeedback((f) => ({ ...f, [q.id]: result.data.status === "graded" ? result.data.feedback : undefined }));
      setStatus(undefined);
    } else setStatus(t("saved"));
    return true;
  };
  const submit = () => startTransition(async () => void (await sendDraft()));
  // In an exam, moving on or finishing keeps what the learner entered, as if they had pressed "Submit answer".
  const unsentExamAnswer = attempt.mode === "exam" && answered(draft) && !saved[q.id];
  const go = (to: number) =>
    startTransition(async () => {
      if (unsentExamAnswer && !(await sendDraft())) return;
      moved.current = true;
      setStatus(undefined);
      setError(undefined);
      setPosition(to);
      void saveProgress(to);
    });
  const finishWithAnswer = () =>
    startTransition(async () => {
      const sentNow = unsentExamAnswer;
      if (sentNow && !(await sendDraft())) return;
      const left = states.filter((s) => !saved[s.question.id] && !(sentNow && s.question.id === q.id)).length;
      if (left > 0) setConfirming(left);
      else finish();
    });
  const exam = attempt.mode === "exam";
  const isFlagged = flagged.has(q.id);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="font-medium">{t("progress", { n: position + 1, total })}</p>
        {remaining !== null && <Countdown remainingMs={remaining} />}
      </div>
      <progress max={total} value={position + 1} aria-hidden="true" className="h-2 w-full accent-amber-500" />
      <QuizNavigator
        questionIds={questionIds}
        position={position}
        answered={(id) => !!saved[id]}
        flagged={flagged}
        disabled={pending || finishing}
        onGo={(to) => to !== position && go(to)}
      />
      {timeUp && (
        <p role="alert" className="rounded bg-amber-50 p-3 dark:bg-amber-950">
          {t("timeUp")}
        </p>
      )}

      <section
        aria-labelledby={`q-${q.id}`}
        lang={q.lang === "zh" ? "zh-CN" : "en"}
        data-question-id={q.id}
        data-question-type={q.type}
        className="space-y-5"
      >
        <h2 id={`q-${q.id}`} ref={headingRef} tabIndex={-1} className="text-xl font-semibold focus:outline-none">
          {q.title}
        </h2>
        <RenderedHtml html={q.promptHtml} />
        <QuestionInput
          key={q.id}
          question={q}
          value={draft}
          disabled={locked || pending || finishing}
          onChange={(value) => {
            setDrafts((d) => ({ ...d, [q.id]: value }));
            setSaved((s) => ({ ...s, [q.id]: false }));
            setStatus(undefined);
          }}
        />
      </section>

      <div className="flex flex-wrap items-center gap-3">
        {/* An exam has no separate "Submit": "Next", the navigator and "Finish quiz" save the answer on screen. */}
        {!locked && !exam && (
          <button
            type="button"
            onClick={submit}
            disabled={!answered(draft) || pending || finishing}
            className={primaryButton}
          >
            {pending ? t("submitting") : t("submit")}
          </button>
        )}
        <button
          type="button"
          aria-pressed={isFlagged}
          onClick={() => toggleFlag(q.id)}
          className={`${secondaryButton} ${isFlagged ? "border-rose-600 text-rose-800 dark:border-rose-400 dark:text-rose-300" : ""}`}
        >
          <span aria-hidden="true">⚑ </span>
          {t("flag")}
        </button>
      </div>

      <div aria-live="polite" className="space-y-4">
        {status && <p className="font-medium text-emerald-800 dark:text-emerald-300">{status}</p>}
        {attempt.mode === "exam" && saved[q.id] && !status && (
          <p className="text-sm text-stone-700 dark:text-stone-300">{t("savedShort")}</p>
        )}
        {shown && (
          <QuestionFeedbackPanel
            attemptId={attempt.id}
            question={q}
            response={draft ?? current.response}
            feedback={shown}
            grade={grades[q.id]}
            onGraded={(grade, fb) => {
              setGrades((g) => ({ ...g, [q.id]: grade }));
              setFeedback((f) => ({ ...f, [q.id]: fb }));
            }}
          />
        )}
      </div>
      <p role="alert" className="text-rose-700 empty:hidden dark:text-rose-400">
        {error}
      </p>

      <QuizRunnerNav
        position={position}
        total={total}
        exam={exam}
        unanswered={unansweredCount}
        pending={pending}
        finishing={finishing}
        finishRef={finishRef}
        onGo={go}
        onFinish={finishWithAnswer}
      />
      <HandInDialog
        unanswered={confirming}
        returnFocus={finishRef}
        onCancel={() => setConfirming(undefined)}
        onConfirm={() => {
          setConfirming(undefined);
          finish();
        }}
      />
    </div>
  );
}
