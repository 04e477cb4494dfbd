"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/ui/ErrorSummary.client";
import { useRouter } from "@/components/navigation/use-localized-router";
import { useId, useRef, useState, useTransition, type ReactNode } from "react";
import { startQuiz } from "@/lib/actions/start-quiz";
import { DIFFICULTIES, QUESTION_TYPES } from "@/lib/content/question-kinds";
import { newClientId } from "@/lib/client-id";
import type { QuizMode } from "@/lib/quiz/response";
import { ModeChoice } from "./ModeChoice.client";
import { primaryButton } from "../ui/styles";

type Props = {
  topics: { id: string; name: string }[];
  tags: string[];
  /** Names of question types and difficulties in the UI language. */
  typeNames: Record<string, string>;
  difficultyNames: Record<string, string>;
};

const FIELD = "source.filters.";

/** The custom quiz builder. Errors come back from the server's schema and are shown next to their field. */
export function CustomQuizForm({ topics, tags, typeNames, difficultyNames }: Props) {
  const t = useTranslations("quiz.builder");
  const ts = useTranslations("quiz.start");
  const router = useRouter();
  const id = useId();
  const [attemptId, setAttemptId] = useState(newClientId);
  const [mode, setMode] = useState<QuizMode>("practice");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);

  // The server names the field; the sentence shown is the learner's language's, saying what a valid value is.
  const errorFor = (field: string) =>
    Object.keys(errors).some((k) => k === FIELD + field || k.startsWith(`${FIELD}${field}.`))
      ? t(`fieldErrors.${field}` as "fieldErrors.count")
      : undefined;
  const describedBy = (field: string, help?: boolean) =>
    [help && `${id}-${field}-help`, errorFor(field) && `${id}-${field}-error`].filter(Boolean).join(" ") || undefined;
  const fieldError = (field: string) =>
    errorFor(field) && (
      <p id={`${id}-${field}-error`} className="text-sm text-rose-700 dark:text-rose-400">
        {errorFor(field)}
      </p>
    );
  const checkboxes = (name: string, legend: string, items: { value: string; label: string }[]) => (
    <fieldset id={`${id}-${name}`} tabIndex={-1} aria-describedby={describedBy(name)} className="space-y-1">
      <legend className="font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {items.map((item) => (
          <label key={item.value} className="flex items-center gap-2 py-1">
            <input type="checkbox" name={name} value={item.value} className="size-4 accent-amber-600" />
            {item.label}
          </label>
        ))}
      </div>
      {fieldError(name)}
    </fieldset>
  );
  const input = (name: string, label: string, extra: ReactNode, props: React.InputHTMLAttributes<HTMLInputElement>) => (
    <div className="space-y-1">
      <label htmlFor={`${id}-${name}`} className="block font-medium">
        {label}
      </label>
      {extra}
      <input
        id={`${id}-${name}`}
        name={name}
        aria-invalid={!!errorFor(name)}
        aria-describedby={describedBy(name, !!extra)}
        className="w-full max-w-md rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900"
        {...props}
      />
      {fieldError(name)}
    </div>
  );

  return (
    <form
      ref={formRef}
      noValidate
      className="space-y-5"
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        const list = (name: string) => form.getAll(name).map(String);
        const timeLimit = String(form.get("timeLimitMinutes") ?? "").trim();
        // Free form values; the action parses them and names each bad field.
        const filters = {
          topics: list("topics"),
          tags: String(form.get("tags") ?? "")
            .split(/[,，]/)
            .map((s) => s.trim().toLowerCase())
            .filter(Boolean),
          types: list("types"),
          difficulty: list("difficulty"),
          count: Number(String(form.get("count") ?? "").trim() || Number.NaN),
          ...(timeLimit ? { timeLimitMinutes: Number(timeLimit) } : {}),
        } as Extract<Parameters<typeof startQuiz>[0]["source"], { kind: "custom" }>["filters"];
        setMessage(undefined);
        startTransition(async () => {
          const result = await startQuiz({ attemptId, mode, source: { kind: "custom", filters } });
          if (result.ok) return router.push(`/attempts/${result.data.attemptId}`);
          setErrors(result.error.fields ?? {});
          // Refused fields are listed in the summary above the form, which takes focus; other failures are told here.
          setMessage(result.error.fields ? undefined : result.error.message);
          setAttempt((n) => n + 1);
          // Nothing was created: the corrected form is a new request.
          setAttemptId(newClientId());
        });
      }}
    >
      <p className="text-sm text-stone-700 dark:text-stone-300">{t("intro")}</p>
      <ErrorSummary
        title={t("errorSummary")}
        attempt={attempt}
        items={(
          [
            ["topics", t("topics")],
            ["tags", t("tags")],
            ["types", t("types")],
            ["difficulty", t("difficulty")],
            ["count", t("count")],
            ["timeLimitMinutes", t("timeLimit")],
          ] as const
        ).flatMap(([field, label]) => {
          return errorFor(field) ? [{ id: `${id}-${field}`, label }] : [];
        })}
      />
      {checkboxes(
        "topics",
        t("topics"),
        topics.map((x) => ({ value: x.id, label: x.name })),
      )}
      {input(
        "tags",
        t("tags"),
        <p id={`${id}-tags-help`} className="text-sm text-stone-600 dark:text-stone-400">
          {t("tagsHelp")}
        </p>,
        { type: "text", list: `${id}-tag-list`, autoComplete: "off" },
      )}
      <datalist id={`${id}-tag-list`}>
        {tags.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
      {checkboxes(
        "types",
        t("types"),
        QUESTION_TYPES.map((x) => ({ value: x, label: typeNames[x] ?? x })),
      )}
      {checkboxes(
        "difficulty",
        t("difficulty"),
        DIFFICULTIES.map((x) => ({ value: x, label: difficultyNames[x] ?? x })),
      )}
      {input("count", t("count"), null, {
        type: "number",
        inputMode: "numeric",
        min: 1,
        max: 50,
        defaultValue: 10,
        required: true,
      })}
      {input(
        "timeLimitMinutes",
        t("timeLimit"),
        <p id={`${id}-timeLimitMinutes-help`} className="text-sm text-stone-600 dark:text-stone-400">
          {t("timeLimitHelp")}
        </p>,
        { type: "number", inputMode: "numeric", min: 1, max: 180 },
      )}
      <ModeChoice name={`${id}-mode`} value={mode} onChange={setMode} />
      <p role="alert" className="text-sm font-medium text-rose-700 empty:hidden dark:text-rose-400">
        {message}
      </p>
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? ts("starting") : ts("start")}
      </button>
    </form>
  );
}
