"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { saveQuestionNote } from "@/lib/actions/save-question-note";
import { NOTE_MAX_CHARS } from "@/lib/study-tools/limits";
import { RenderedHtml } from "../RenderedHtml";
import { FieldError } from "../ui/Field";
import { primaryButton, secondaryButton } from "../ui/styles";

type Note = { note: string; noteHtml: string };
type Props = {
  questionId: string;
  value: Note;
  onSaved: (note: Note) => void;
  headingLevel?: "h2" | "h3";
  /** On a flashcard's back: without a note, only the "Add a note" button, so the rating buttons stay near. */
  compact?: boolean;
};

/**
 * The learner's private note: shown rendered (Markdown, made safe on the server), edited in a textarea. What was
 * typed stays in the box when saving fails; focus goes to the box when editing starts and back to the button after.
 */
export function NoteEditor({ questionId, value, onSaved, headingLevel: Heading = "h2", compact = false }: Props) {
  const t = useTranslations("tools.note");
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value.note);
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [pending, startTransition] = useTransition();
  const editButton = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const tooLong = draft.length > NOTE_MAX_CHARS;

  // Focus moves once the switch between reading and editing has been committed (saving ends in a transition, so
  // the button is not there yet right after the save returns): to the box, or back to the button that opened it.
  const moveFocus = useRef(false);
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (editing ? box.current : editButton.current)?.focus();
  }, [editing]);
  const startEditing = () => {
    setDraft(value.note);
    setError(undefined);
    setStatus(undefined);
    moveFocus.current = true;
    setEditing(true);
  };
  const stopEditing = () => {
    moveFocus.current = true;
    setEditing(false);
  };
  const save = () => {
    if (tooLong) {
      setError(t("tooLong", { max: NOTE_MAX_CHARS }));
      box.current?.focus();
      return;
    }
    startTransition(async () => {
      const result = await saveQuestionNote({ questionId, note: draft });
      if (!result.ok) {
        setError(t("failed", { message: result.error.message }));
        box.current?.focus();
        return;
      }
      onSaved({ note: result.data.note, noteHtml: result.data.html });
      setStatus(result.data.note ? t("saved") : t("removed"));
      stopEditing();
    });
  };

  const statusLine = (
    <p role="status" className="text-sm text-emerald-800 empty:hidden dark:text-emerald-300">
      {status}
    </p>
  );
  if (compact && !editing && !value.note) {
    return (
      <div className="space-y-1">
        <button ref={editButton} type="button" onClick={startEditing} className={`${secondaryButton} text-sm`}>
          {t("add")}
        </button>
        {statusLine}
      </div>
    );
  }
  return (
    <section aria-labelledby={`${id}-heading`} className="basis-full space-y-2">
      <Heading id={`${id}-heading`} className="text-lg font-semibold">
        {t("heading")}
      </Heading>
      {editing ? (
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
          onKeyDown={(e) => {
            if (e.key === "Escape") {
              e.stopPropagation();
              stopEditing();
            }
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) save();
          }}
        >
          <label htmlFor={`${id}-box`} className="block font-medium">
            {t("label")}
          </label>
          <p id={`${id}-help`} className="text-sm text-stone-600 dark:text-stone-400">
            {t("help")}
          </p>
          <textarea
            ref={box}
            id={`${id}-box`}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            rows={5}
            aria-invalid={tooLong || !!error}
            aria-describedby={`${id}-help ${id}-count${error ? ` ${id}-error` : ""}`}
            className="w-full rounded-md border border-stone-300 bg-white px-3 py-2 font-mono text-sm dark:border-stone-700 dark:bg-stone-900"
          />
          <p
            id={`${id}-count`}
            className={`text-sm ${tooLong ? "text-rose-700 dark:text-rose-400" : "text-stone-600 dark:text-stone-400"}`}
          >
            {t("count", { count: draft.length, max: NOTE_MAX_CHARS })}
          </p>
          <FieldError id={`${id}-error`} message={error} />
          <div className="flex flex-wrap gap-2">
            <button type="submit" disabled={pending} className={primaryButton}>
              {pending ? t("saving") : t("save")}
            </button>
            <button type="button" onClick={stopEditing} className={secondaryButton}>
              {t("cancel")}
            </button>
          </div>
        </form>
      ) : (
        <>
          {value.noteHtml ? (
            <RenderedHtml html={value.noteHtml} className="rounded-lg bg-amber-50/60 p-3 dark:bg-stone-900" />
          ) : (
            <p className="text-sm text-stone-700 dark:text-stone-300">{t("none")}</p>
          )}
          <p className="text-sm text-stone-600 dark:text-stone-400">{t("private")}</p>
          <button ref={editButton} type="button" onClick={startEditing} className={secondaryButton}>
            {value.note ? t("edit") : t("add")}
          </button>
        </>
      )}
      {statusLine}
    </section>
  );
}
