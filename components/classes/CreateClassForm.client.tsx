"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { createClass } from "@/lib/actions/create-class";
import { primaryButton } from "@/components/ui/styles";
import { Field, FormAlert } from "@/components/ui/Field";
import { useClassForm } from "./use-class-form";

/** "Create class": on success the instructor lands on the new class to share its join link. */
export function CreateClassForm() {
  const t = useTranslations("classes.create");
  const id = useId();
  const { fieldError, message, pending, submit } = useClassForm("name", t("fieldErrors.name"));
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const name = String(new FormData(e.currentTarget).get("name") ?? "");
        submit(() => createClass({ name }));
      }}
    >
      <Field
        id={`${id}-name`}
        name="name"
        label={t("name")}
        error={fieldError}
        required
        maxLength={100}
        autoComplete="off"
      />
      <FormAlert message={message} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? t("creating") : t("submit")}
      </button>
    </form>
  );
}
