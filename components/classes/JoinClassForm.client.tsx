"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { joinClass } from "@/lib/actions/join-class";
import { primaryButton } from "@/components/quiz/styles";
import { Field, FormAlert } from "@/components/Field";

/**
 * "Join class". With a `code` (the join link's page) it is just the button; otherwise the learner types the code.
 * The browser's time zone goes along, so due dates show in the learner's local time.
 */
export function JoinClassForm({ code }: { code?: string }) {
  const t = useTranslations("classes.join");
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
        const typed = code ?? String(new FormData(e.currentTarget).get("code") ?? "");
        const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        startTransition(async () => {
          const result = await joinClass({ code: typed, timeZone });
          if (result.ok) return router.push(`/classes/${result.data.classId}`);
          const badCode = !!result.error.fields?.code && !code;
          setFieldError(badCode ? t("fieldErrors.code") : undefined);
          setMessage(badCode ? undefined : result.error.message);
        });
      }}
    >
      {!code && <Field id={`${id}-code`} name="code" label={t("code")} help={t("codeHelp")} error={fieldError} required autoComplete="off" autoCapitalize="characters" spellCheck={false} />}
      <FormAlert message={message} />
      <button type="submit" disabled={pending} className={primaryButton}>{pending ? t("joining") : t("submit")}</button>
    </form>
  );
}
