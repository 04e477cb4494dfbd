"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { createClass } from "@/lib/actions/create-class";
import { primaryButton } from "@/components/quiz/styles";
import { Field, FormAlert } from "@/components/Field";

/** "Create class": on success the instructor lands on the new class to share its join link. */
export function CreateClassForm() {
  const t = useTranslations("classes.create");
  const router = useRouter();
  const id = useId();
  const [fieldError, setFieldError] = useState<string>();
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const name = String(new FormData(e.currentTarget).get("name") ?? "");
        startTransition(async () => {
          const result = await createClass({ name });
          if (result.ok) return router.push(`/classes/${result.data.classId}`);
          setFieldError(result.error.fields?.name ? t("fieldErrors.name") : undefined);
          setMessage(result.error.fields?.name ? undefined : result.error.message);
        });
      }}
    >
      <Field id={`${id}-name`} name="name" label={t("name")} error={fieldError} required maxLength={100} autoComplete="off" />
      <FormAlert message={message} />
      <button type="submit" disabled={pending} className={primaryButton}>{pending ? t("creating") : t("submit")}</button>
    </form>
  );
}
