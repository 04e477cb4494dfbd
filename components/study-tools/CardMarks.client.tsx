"use client";

import { useTranslations } from "next-intl";
import { FlagButton } from "./FlagButton.client";
import { NoteEditor } from "./NoteEditor.client";
import { useQuestionMark } from "./use-question-mark";

/**
 * The learner's flag and note on the back of a flashcard. Asked for when the card is turned over; offline (the
 * request fails) the card simply shows without them, and the rest of the review goes on.
 */
export function CardMarks({ questionId }: { questionId: string }) {
  const t = useTranslations("tools");
  const [mark, setMark] = useQuestionMark(questionId);
  if (mark === "loading") return null;
  if (mark === "failed") return <p className="text-sm text-stone-600 dark:text-stone-400">{t("cardLoadFailed")}</p>;
  return (
    <div className="flex flex-wrap items-start gap-3 border-t border-stone-200 pt-4 dark:border-stone-700">
      <FlagButton
        questionId={questionId}
        flagged={mark.flagged}
        onChange={(flagged) => setMark((m) => (typeof m === "object" ? { ...m, flagged } : m))}
      />
      <NoteEditor
        questionId={questionId}
        value={mark}
        headingLevel="h3"
        compact
        onSaved={(note) => setMark((m) => (typeof m === "object" ? { ...m, ...note } : m))}
      />
    </div>
  );
}
