"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { confirmEmail } from "@/lib/actions/confirm-email";
import { Link } from "@/components/navigation/Link.client";
import { FormAlert } from "@/components/ui/Field";
import { link, primaryButton } from "@/components/ui/styles";
import { FormStatus } from "./FormStatus";

/**
 * A button rather than a change on opening the page: mail scanners open links in messages, and must not be the
 * ones who confirm an address.
 */
export function ConfirmEmailButton({ token }: { token: string }) {
  const t = useTranslations("auth");
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ ok: true } | { ok: false; message: string }>();
  if (result?.ok)
    return (
      <FormStatus>
        <p>{t("confirmEmail.done")}</p>
        <p className="mt-2">
          <Link href="/account" className={link}>
            {t("confirmEmail.toAccount")}
          </Link>
        </p>
      </FormStatus>
    );
  const onClick = () =>
    start(async () => {
      const outcome = await confirmEmail({ token });
      setResult(outcome.ok ? { ok: true } : { ok: false, message: outcome.error.message });
    });
  return (
    <div className="space-y-3">
      <button type="button" disabled={pending} onClick={onClick} className={primaryButton}>
        {t("confirmEmail.submit")}
      </button>
      <FormAlert message={result && !result.ok ? result.message : undefined} />
    </div>
  );
}
