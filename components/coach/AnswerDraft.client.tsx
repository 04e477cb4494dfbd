"use client";

import { useTranslations } from "next-intl";
import { createContext, use, useId, useRef, useState, useTransition, type ReactNode } from "react";
import { saveOpenAnswer } from "@/lib/actions/save-open-answer";
import { coverageOf, suggestedSelfGrade, type PointVerdict } from "@/lib/coach/point-verdicts";
import { newClientId } from "@/lib/client-id";
import type { Lang } from "@/lib/content/schemas/common";
import { primaryButton } from "../ui/styles";
import { EarlierAnswers } from "./EarlierAnswers.client";
import { GradeChecklist } from "./GradeChecklist.client";
import { KeyPointChecklist, type ChecklistPoint, type PointSuggestion } from "./KeyPointChecklist.client";

type Draft = {
  questionId: string;
  lang: Lang;
  points: ChecklistPoint[];
  typed: string;
  setTyped: (typed: string) => void;
  verdicts: PointVerdict[];
  setVerdicts: (v: PointVerdict[]) => void;
};
const DraftContext = createContext<Draft | undefined>(undefined);

/** One answer on the question page, shared by the field in front of the answer and the check behind it. */
export function AnswerDraft(props: { questionId: string; lang: Lang; points: ChecklistPoint[]; children: ReactNode }) {
  const [typed, setTyped] = useState("");
  const [verdicts, setVerdicts] = useState<PointVerdict[]>(() => props.points.map(() => "missing"));
  const value = { ...props, typed, setTyped, verdicts, setVerdicts };
  return <DraftContext value={value}>{props.children}</DraftContext>;
}

const useDraft = () => use(DraftContext)!;

/** Before the answer is shown: the candidate writes what they would say. */
export function TypedAnswerField() {
  const t = useTranslations("coach");
  const { typed, setTyped } = useDraft();
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {t("yourAnswer")}
      </label>
      <p id={`${id}-hint`} className="text-sm text-stone-600 dark:text-stone-400">
        {t("yourAnswerHint")}
      </p>
      <textarea
        id={id}
        aria-describedby={`${id}-hint`}
        value={typed}
        rows={6}
        onChange={(e) => setTyped(e.target.value)}
        className="w-full rounded-md border border-stone-400 bg-white px-3 py-2 dark:border-stone-600 dark:bg-stone-900"
      />
    </div>
  );
}

/** Behind the answer: tick the key points covered, save the answer, and compare with earlier ones. */
export function AnswerCheckPanel() {
  const t = useTranslations("coach");
  const tq = useTranslations("quiz.runner");
  const { questionId, lang, points, typed, verdicts, setVerdicts } = useDraft();
  // One page holds a view per content-language choice (CSS shows one): ids must differ between them.
  const idPrefix = useId();
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const [savedCount, setSavedCount] = useState(0);
  const [suggestion, setSuggestion] = useState<PointSuggestion>();
  const [pending, startTransition] = useTransition();
  // One id per answer until it is saved: a retried click keeps one copy.
  const pendingId = useRef<string | undefined>(undefined);
  const suggested = suggestedSelfGrade(coverageOf(points, verdicts));
  const save = () =>
    startTransition(async () => {
      pendingId.current ??= newClientId();
      const result = await saveOpenAnswer({ id: pendingId.current, questionId, lang, text: typed, verdicts });
      if (!result.ok) return setStatus({ ok: false, text: t("saveFailed", { message: result.error.message }) });
      pendingId.current = undefined;
      setStatus({ ok: true, text: t("saved") });
      setSavedCount((n) => n + 1);
    });
  return (
    <div className="space-y-4">
      {!typed.trim() && <p className="text-sm text-stone-700 dark:text-stone-300">{t("noAnswerTyped")}</p>}
      <GradeChecklist
        questionId={questionId}
        lang={lang}
        answer={typed}
        onSuggestion={(v, s) => {
          setVerdicts(v);
          setSuggestion(s);
        }}
      />
      <KeyPointChecklist
        suggestion={suggestion}
        idPrefix={idPrefix}
        points={points}
        verdicts={verdicts}
        onChange={setVerdicts}
        suggestionLine={t("suggestedGrade", { grade: tq(`selfGrade.${suggested}`) })}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={save} disabled={pending} className={primaryButton}>
          {t("saveAnswer")}
        </button>
        <p
          role="status"
          className={
            status?.ok === false ? "text-rose-700 dark:text-rose-400" : "text-emerald-800 dark:text-emerald-300"
          }
        >
          {status?.text}
        </p>
      </div>
      <EarlierAnswers questionId={questionId} points={points} refresh={savedCount} />
    </div>
  );
}
