"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { deleteAccount } from "@/lib/actions/delete-account";
import { forgetDeviceReviews } from "@/lib/local-review/store";
import { localizedPath } from "@/lib/i18n/localized-path";
import { usePageLocale } from "@/components/navigation/use-page-locale";
import { Field, FormAlert } from "@/components/ui/Field";
import { ModalDialog } from "@/components/ui/ModalDialog.client";
import { dangerButton, secondaryButton } from "@/components/ui/styles";

/**
 * "Delete my account…": a dialog where the person types their email to confirm. A mismatch is a field error and
 * keeps what was typed; on success the device's flashcard copy is forgotten and a full page load goes home (the
 * session cookie is gone, so nothing of the account stays on screen).
 */
export function DeleteAccountDialog({ email }: { email: string }) {
  const t = useTranslations("privacy.delete");
  const locale = usePageLocale();
  const [state, action, pending] = useActionState(deleteAccount, undefined);
  const [typed, setTyped] = useState("");
  const fields = state && !state.ok ? (state.error.fields ?? {}) : {};
  useEffect(() => {
    if (!state?.ok) return;
    void forgetDeviceReviews().finally(() => window.location.assign(localizedPath("/", locale)));
  }, [state, locale]);
  return (
    <ModalDialog openLabel={t("open")} openClassName={dangerButton} title={t("dialogTitle")}>
      {(close) => (
        <form action={action} noValidate className="space-y-4">
          <p>{t("dialogBody")}</p>
          <Field
            id="confirm-email"
            name="confirmEmail"
            label={t("confirmLabel")}
            help={t("confirmHelp", { email })}
            error={fields.confirmEmail}
            type="email"
            autoComplete="off"
            required
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
          <FormAlert message={state && !state.ok && !fields.confirmEmail ? state.error.message : undefined} />
          <div className="flex flex-wrap gap-3">
            <button type="submit" disabled={pending} className={dangerButton}>
              {pending ? t("pending") : t("confirm")}
            </button>
            <button type="button" onClick={close} className={secondaryButton}>
              {t("cancel")}
            </button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
