"use client";

import { useTranslations } from "next-intl";
import { FlagButton } from "./FlagButton.client";
import { NoteEditor } from "./NoteEditor.client";
import { ReportProblemDialog } from "./ReportProblemDialog.client";
import { useQuestionMark } from "./use-question-mark";

/**
 * The learner's own tools on a question page: the flag, the private note and "Report a problem". The page is
 * static, so the flag and note are fetched by the browser; until they arrive the controls wait.
 */
export function QuestionTools({ questionId }: { questionId: string }) {
  const t = useTranslations("tools");
  const [mark, setMark] = useQuestionMark(questionId);
  return (
    <div className="space-y-4 rounded-lg border border-stone-200 p-4 dark:border-stone-700">
      <div className="flex flex-wrap items-start gap-3">
        {typeof mark === "object" && (
          <FlagButton
            questionId={questionId}
            flagged={mark.flagged}
            onChange={(flagged) => setMark((m) => (typeof m === "object" ? { ...m, flagged } : m))}
          />
        )}
        <ReportProblemDialog questionId={questionId} />
      </div>
      {mark === "failed" && <p className="text-sm text-rose-700 dark:text-rose-400">{t("loadFailed")}</p>}
      {typeof mark === "object" && (
        <NoteEditor
          questionId={questionId}
          value={mark}
          onSaved={(note) => setMark((m) => (typeof m === "object" ? { ...m, ...note } : m))}
        />
      )}
    </div>
  );
}
