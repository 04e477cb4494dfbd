"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState, useTransition } from "react";
import { useRouter } from "@/components/navigation/use-localized-router";
import { startMockInterview } from "@/lib/actions/start-mock-interview";
import { MOCK_LENGTHS, MOCK_MINUTES } from "@/lib/coach/mock-options";
import { newClientId } from "@/lib/client-id";
import { FieldError, FormAlert } from "../ui/Field";
import { ErrorSummary } from "../ui/ErrorSummary.client";
import { primaryButton } from "../ui/styles";
import { SelectField } from "./SelectField";

type Props = {
  /** Topics and quiz sets with how many questions with key points each holds. */
  topics: { id: string; name: string; count: number }[];
  quizzes: { slug: string; title: string; count: number }[];
};

type Input = Parameters<typeof startMockInterview>[0];

const radio = "mt-1 size-4 accent-amber-600";

/**
 * The mock interview's setup. The counts shown are what the server will draw from, so a too-short scope is seen
 * before starting; the server still decides and names the field it refuses, shown here in the learner's words.
 */
export function MockSetupForm({ topics, quizzes }: Props) {
  const t = useTranslations("mock.setup");
  const router = useRouter();
  const id = useId();
  const [mockId, setMockId] = useState(newClientId);
  const [kind, setKind] = useState<"topics" | "quiz">("topics");
  const [picked, setPicked] = useState<string[]>([]);
  const [slug, setSlug] = useState(quizzes[0]?.slug ?? "");
  const [length, setLength] = useState<number>(MOCK_LENGTHS[0]);
  const [minutes, setMinutes] = useState<number | null>(null);
  const [enforced, setEnforced] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);

  const available =
    kind === "topics"
      ? topics.filter((x) => picked.includes(x.id)).reduce((sum, x) => sum + x.count, 0)
      : (quizzes.find((q) => q.slug === slug)?.count ?? 0);
  const has = (field: string) => Object.keys(errors).some((k) => k === field || k.startsWith(`${field}.`));
  const errorOf = (field: "topics" | "slug" | "length") =>
    has(field === "length" ? "length" : `scope.${field}`) ? t(`fieldErrors.${field}`) : undefined;

  const submit = () => {
    const scope: Input["scope"] = kind === "topics" ? { kind, topics: picked } : { kind, slug };
    setMessage(undefined);
    startTransition(async () => {
      const input = { mockId, scope, length, perQuestionMinutes: minutes, enforced } as Input;
      const result = await startMockInterview(input);
      if (result.ok) return router.push(`/mock/${result.data.mockId}`);
      setErrors(result.error.fields ?? {});
      // Refused fields are listed in the summary above the form, which takes focus; other failures are told here.
      setMessage(result.error.fields ? undefined : result.error.message);
      setAttempt((n) => n + 1);
      // Nothing was created: the corrected form is a new request.
      setMockId(newClientId());
    });
  };

  return (
    <form
      ref={formRef}
      noValidate
      className="space-y-6"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <ErrorSummary
        title={t("errorSummary")}
        attempt={attempt}
        items={(
          [
            ["topics", `${id}-topics`, t("topics")],
            ["slug", `${id}-quiz`, t("quiz")],
            ["length", `${id}-length`, t("length")],
          ] as const
        ).flatMap(([field, target, label]) => {
          return errorOf(field) ? [{ id: target, label }] : [];
        })}
      />
      <fieldset className="space-y-2">
        <legend className="font-medium">{t("scope")}</legend>
        {(["topics", "quiz"] as const).map((k) => (
          <label key={k} className="mr-6 inline-flex items-start gap-2">
            <input
              type="radio"
              name={`${id}-kind`}
              checked={kind === k}
              onChange={() => setKind(k)}
              className={radio}
            />
            {k === "topics" ? t("byTopics") : t("byQuiz")}
          </label>
        ))}
      </fieldset>

      {kind === "topics" ? (
        <fieldset
          id={`${id}-topics`}
          tabIndex={-1}
          className="space-y-1"
          aria-describedby={`${id}-available ${errorOf("topics") ? `${id}-topics-error` : ""}`}
        >
          <legend className="font-medium">{t("topics")}</legend>
          <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2">
            {topics.map((topic) => (
              <label key={topic.id} className="flex items-start gap-2 py-1">
                <input
                  type="checkbox"
                  name="topics"
                  value={topic.id}
                  aria-invalid={!!errorOf("topics") || undefined}
                  checked={picked.includes(topic.id)}
                  onChange={(e) =>
                    setPicked((p) => (e.target.checked ? [...p, topic.id] : p.filter((x) => x !== topic.id)))
                  }
                  className="mt-1 size-4 accent-amber-600"
                />
                {t("topicOption", { name: topic.name, count: topic.count })}
              </label>
            ))}
          </div>
          <FieldError id={`${id}-topics-error`} message={errorOf("topics")} />
        </fieldset>
      ) : (
        <SelectField
          id={`${id}-quiz`}
          label={t("quiz")}
          value={slug}
          onChange={setSlug}
          options={quizzes.map((q) => ({ value: q.slug, label: t("quizOption", { title: q.title, count: q.count }) }))}
          error={errorOf("slug")}
          describedBy={`${id}-available`}
        />
      )}
      <p id={`${id}-available`} aria-live="polite" className="text-sm text-stone-700 dark:text-stone-300">
        {t("available", { count: available })}
      </p>

      <SelectField
        id={`${id}-length`}
        label={t("length")}
        value={String(length)}
        onChange={(v) => setLength(Number(v))}
        options={MOCK_LENGTHS.map((n) => ({ value: String(n), label: t("lengthOption", { count: n }) }))}
        error={errorOf("length")}
      />
      <SelectField
        id={`${id}-time`}
        label={t("time")}
        value={minutes === null ? "" : String(minutes)}
        onChange={(v) => setMinutes(v ? Number(v) : null)}
        options={[
          { value: "", label: t("noTime") },
          ...MOCK_MINUTES.map((n) => ({ value: String(n), label: t("minutes", { count: n }) })),
        ]}
      />
      {minutes !== null && (
        <div className="flex items-start gap-2">
          <input
            id={`${id}-enforced`}
            type="checkbox"
            checked={enforced}
            onChange={(e) => setEnforced(e.target.checked)}
            aria-describedby={`${id}-enforced-help`}
            className="mt-1 size-4 accent-amber-600"
          />
          <div>
            <label htmlFor={`${id}-enforced`} className="font-medium">
              {t("enforced")}
            </label>
            <p id={`${id}-enforced-help`} className="text-sm text-stone-600 dark:text-stone-400">
              {t("enforcedHelp")}
            </p>
          </div>
        </div>
      )}

      <FormAlert message={message} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? t("starting") : t("start")}
      </button>
    </form>
  );
}
