"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { joinClass } from "@/lib/actions/join-class";
import { primaryButton } from "@/components/ui/styles";
import { Field, FormAlert } from "@/components/ui/Field";
import { useClassForm } from "./use-class-form";

/**
 * "Join class". With a `code` (the join link's page) it is just the button; otherwise the learner types the code.
 * The browser's time zone goes along, so due dates show in the learner's local time.
 */
export function JoinClassForm({ code }: { code?: string }) {
  const t = useTranslations("classes.join");
  const id = useId();
  const { fieldError, message, pending, submit } = useClassForm("code", t("fieldErrors.code"));
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const typed = code ?? String(new FormData(e.currentTarget).get("code") ?? "");
        const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        // On the join link's page there is no code field: a bad code is then the message above the button.
        submit(() => joinClass({ code: typed, timeZone }), !code);
      }}
    >
      {!code && (
        <Field
          id={`${id}-code`}
          name="code"
          label={t("code")}
          help={t("codeHelp")}
          error={fieldError}
          required
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
        />
      )}
      <FormAlert message={message} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? t("joining") : t("submit")}
      </button>
    </form>
  );
}
