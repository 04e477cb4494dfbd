"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "@/components/navigation/use-localized-router";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { defaultAssignWindow } from "@/lib/assignments/local-time";
import { assignQuiz } from "@/lib/actions/assign-quiz";
import { primaryButton } from "@/components/ui/styles";
import { Field, FieldError, FormAlert, inputClass } from "@/components/ui/Field";
import { ErrorSummary } from "@/components/ui/ErrorSummary.client";

// Each field the server may refuse, with the message key of its label, in the order the form shows them.
const LABELS = [
  ["title", "titleField"],
  ["source.slug", "set"],
  ["source.topics", "topics"],
  ["source.tags", "tags"],
  ["source.ids", "ids"],
  ["source.count", "count"],
  ["opensAt", "opensAt"],
  ["dueAt", "dueAt"],
  ["timeZone", "timeZone"],
  ["timeLimitMin", "timeLimit"],
  ["maxAttempts", "maxAttempts"],
  ["feedback", "feedback"],
] as const;

type Props = {
  classId: string;
  sets: { slug: string; title: string }[];
  topics: { id: string; name: string }[];
  tags: string[];
};

const words = (s: FormDataEntryValue | null) =>
  String(s ?? "")
    .split(/[\s,，]+/)
    .map((x) => x.trim())
    .filter(Boolean);
const numberOrNaN = (s: FormDataEntryValue | null) => Number(String(s ?? "").trim() || Number.NaN);
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
// The schema's message for a due date that is a valid date but not after the opening: it gets its own sentence.
const DUE_BEFORE_OPENING = "must be after the opening time";

/**
 * The "Assign quiz" form. The server's schema names the fields it rejects; each gets a sentence in the UI
 * language next to it, and the typed values stay as they were.
 */
export function AssignForm({ classId, sets, topics, tags }: Props) {
  const t = useTranslations("classes.assign");
  const router = useRouter();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<"set" | "custom">("set");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [pending, startTransition] = useTransition();

  const errorFor = (field: string, key = field.replace(/^source\./, "")): string | undefined => {
    const hit = Object.entries(errors).find(([k]) => k === field || k.startsWith(`${field}.`));
    if (!hit) return undefined;
    const unknownId = field === "source.ids" ? /"([^"]+)"/.exec(hit[1])?.[1] : undefined;
    return unknownId ? t("fieldErrors.unknownId", { id: unknownId }) : t(`fieldErrors.${key}` as "fieldErrors.count");
  };
  const f = (name: string) => ({ id: `${id}-${name.replace(".", "-")}`, error: errorFor(name) });
  const dueError = errors.dueAt === DUE_BEFORE_OPENING ? t("fieldErrors.dueBeforeOpening") : errorFor("dueAt");
  const [zones, setZones] = useState<string[]>([]);

  // The browser's zone and clock are only known here, after hydration: fill the fields still empty, never
  // overwriting what the instructor may already have typed.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const input = (name: string) => form.elements.namedItem(name) as HTMLInputElement | null;
    const timeZone = input("timeZone")?.value.trim() || browserZone();
    const zone = input("timeZone");
    if (zone && !zone.value) zone.value = timeZone;
    let window: { opensAt: string; dueAt: string };
    try {
      window = defaultAssignWindow(new Date(), timeZone);
    } catch {
      window = defaultAssignWindow(new Date(), browserZone());
    }
    for (const name of ["opensAt", "dueAt"] as const) {
      const field = input(name);
      if (field && !field.value) field.value = window[name];
    }
    setZones(Intl.supportedValuesOf("timeZone"));
  }, []);

  return (
    <form
      ref={formRef}
      noValidate
      className="space-y-5"
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        const timeLimit = String(form.get("timeLimitMin") ?? "").trim();
        const source =
          kind === "set"
            ? { kind, slug: String(form.get("slug") ?? "") }
            : {
                kind,
                topics: form.getAll("topics").map(String),
                tags: words(form.get("tags")).map((x) => x.toLowerCase()),
                ids: words(form.get("ids")),
                count: numberOrNaN(form.get("count")),
              };
        const input = {
          classId,
          title: String(form.get("title") ?? ""),
          source,
          opensAt: String(form.get("opensAt") ?? ""),
          dueAt: String(form.get("dueAt") ?? ""),
          timeZone: String(form.get("timeZone") ?? "").trim(),
          ...(timeLimit ? { timeLimitMin: Number(timeLimit) } : {}),
          maxAttempts: numberOrNaN(form.get("maxAttempts")),
          feedback: String(form.get("feedback") ?? ""),
        };
        setMessage(undefined);
        startTransition(async () => {
          // The form holds free text; the action parses it and names each bad field.
          const result = await assignQuiz(input as Parameters<typeof assignQuiz>[0]);
          if (result.ok) return router.push(`/classes/${classId}`);
          setErrors(result.error.fields ?? {});
          // Refused fields are listed in the summary above the form, which takes focus; other failures are told here.
          setMessage(result.error.fields ? undefined : result.error.message);
          setAttempt((n) => n + 1);
        });
      }}
    >
      <ErrorSummary
        title={t("errorSummary")}
        attempt={attempt}
        items={LABELS.flatMap(([field, label]) => {
          const error = errorFor(field);
          const target =
            field === "source.topics" ? `${id}-topics` : field === "feedback" ? `${id}-feedback` : f(field).id;
          return error ? [{ id: target, label: t(label) }] : [];
        })}
      />
      <Field
        {...f("title")}
        name="title"
        label={t("titleField")}
        help={t("titleHelp")}
        maxLength={200}
        autoComplete="off"
      />

      <fieldset className="space-y-3">
        <legend className="font-medium">{t("source")}</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-1">
          {(["set", "custom"] as const).map((k) => (
            <label key={k} className="flex items-center gap-2 py-1">
              <input
                type="radio"
                name="kind"
                value={k}
                checked={kind === k}
                onChange={() => setKind(k)}
                className="size-4 accent-amber-600"
              />
              {k === "set" ? t("sourceSet") : t("sourceCustom")}
            </label>
          ))}
        </div>
        {kind === "set" ? (
          <Field {...f("source.slug")} label={t("set")}>
            <select
              id={f("source.slug").id}
              name="slug"
              aria-invalid={!!errorFor("source.slug")}
              aria-describedby={errorFor("source.slug") ? `${f("source.slug").id}-error` : undefined}
              className={inputClass}
            >
              {sets.map((s) => (
                <option key={s.slug} value={s.slug}>
                  {s.title}
                </option>
              ))}
            </select>
          </Field>
        ) : (
          <div className="space-y-4">
            <fieldset
              id={`${id}-topics`}
              tabIndex={-1}
              aria-describedby={errorFor("source.topics") ? `${id}-topics-error` : undefined}
              className="space-y-1"
            >
              <legend className="font-medium">{t("topics")}</legend>
              <div className="flex flex-wrap gap-x-4 gap-y-1">
                {topics.map((topic) => (
                  <label key={topic.id} className="flex items-center gap-2 py-1">
                    <input type="checkbox" name="topics" value={topic.id} className="size-4 accent-amber-600" />
                    {topic.name}
                  </label>
                ))}
              </div>
              <FieldError id={`${id}-topics-error`} message={errorFor("source.topics")} />
            </fieldset>
            <Field
              {...f("source.tags")}
              name="tags"
              label={t("tags")}
              help={t("tagsHelp")}
              list={`${id}-tag-list`}
              autoComplete="off"
            />
            <datalist id={`${id}-tag-list`}>
              {tags.map((tag) => (
                <option key={tag} value={tag} />
              ))}
            </datalist>
            <Field
              {...f("source.ids")}
              name="ids"
              label={t("ids")}
              help={t("idsHelp")}
              autoComplete="off"
              spellCheck={false}
            />
            <Field
              {...f("source.count")}
              name="count"
              label={t("count")}
              type="number"
              inputMode="numeric"
              min={1}
              max={100}
              defaultValue={10}
            />
          </div>
        )}
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field {...f("opensAt")} name="opensAt" label={t("opensAt")} type="datetime-local" required />
        <Field {...f("dueAt")} error={dueError} name="dueAt" label={t("dueAt")} type="datetime-local" required />
      </div>
      <Field
        {...f("timeZone")}
        name="timeZone"
        label={t("timeZone")}
        help={t("zoneNote")}
        list={`${id}-zone-list`}
        autoComplete="off"
        spellCheck={false}
        required
      />
      <datalist id={`${id}-zone-list`}>
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <Field
        {...f("timeLimitMin")}
        name="timeLimitMin"
        label={t("timeLimit")}
        help={t("timeLimitHelp")}
        type="number"
        inputMode="numeric"
        min={1}
        max={600}
      />
      <Field
        {...f("maxAttempts")}
        name="maxAttempts"
        label={t("maxAttempts")}
        type="number"
        inputMode="numeric"
        min={1}
        max={10}
        defaultValue={1}
      />

      <fieldset id={`${id}-feedback`} tabIndex={-1} className="space-y-1">
        <legend className="font-medium">{t("feedback")}</legend>
        {(["immediate", "after-due"] as const).map((value) => (
          <label key={value} className="flex items-center gap-2 py-1">
            <input
              type="radio"
              name="feedback"
              value={value}
              defaultChecked={value === "immediate"}
              className="size-4 accent-amber-600"
            />
            {value === "immediate" ? t("feedbackImmediate") : t("feedbackAfterDue")}
          </label>
        ))}
        <FieldError id={`${id}-feedback-error`} message={errorFor("feedback")} />
      </fieldset>

      <FormAlert message={message} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? t("assigning") : t("submit")}
      </button>
    </form>
  );
}
