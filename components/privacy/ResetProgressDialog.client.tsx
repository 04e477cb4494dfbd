"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { resetProgress } from "@/lib/actions/reset-progress";
import { forgetDeviceReviews } from "@/lib/local-review/store";
import { FormAlert } from "@/components/ui/Field";
import { ModalDialog } from "@/components/ui/ModalDialog.client";
import { dangerButton, secondaryButton } from "@/components/ui/styles";

/**
 * Settings' "Reset my progress…" for a learner without an account, after a confirmation dialog. The server deletes
 * the anonymous profile; this browser also forgets its copy of the flashcards (and any ratings not yet sent), so the
 * flashcard page starts from nothing too.
 */
export function ResetProgressDialog() {
  const t = useTranslations("privacy.reset");
  const [pending, start] = useTransition();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string }>();
  return (
    <div className="space-y-2">
      <ModalDialog openLabel={t("open")} openClassName={dangerButton} title={t("dialogTitle")}>
        {(close) => (
          <div className="space-y-4">
            <p>{t("dialogBody")}</p>
            <div className="flex flex-wrap gap-3">
              <button
                type="button"
                disabled={pending}
                className={dangerButton}
                onClick={() =>
                  start(async () => {
                    const result = await resetProgress({});
                    if (result.ok) await forgetDeviceReviews();
                    setOutcome(
                      result.ok
                        ? { ok: true, text: result.data.reset ? t("done") : t("nothing") }
                        : { ok: false, text: result.error.message },
                    );
                    close();
                  })
                }
              >
                {pending ? t("pending") : t("confirm")}
              </button>
              <button type="button" onClick={close} className={secondaryButton}>
                {t("cancel")}
              </button>
            </div>
          </div>
        )}
      </ModalDialog>
      {outcome?.ok ? <p role="status">{outcome.text}</p> : <FormAlert message={outcome?.text} />}
    </div>
  );
}
