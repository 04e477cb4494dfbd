"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { readmitStudent } from "@/lib/actions/readmit-student";
import { secondaryButton } from "@/components/ui/styles";
import { FormAlert } from "@/components/ui/Field";

/** "Re-admit" on a removed student's row, after a confirmation: they may then join again with the code. */
export function ReadmitStudentButton({ classId, userId, name }: { classId: string; userId: string; name: string }) {
  const t = useTranslations("classes.detail");
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <>
      <button
        type="button"
        disabled={pending}
        className={secondaryButton}
        onClick={() => {
          if (!window.confirm(t("readmitConfirm", { name }))) return;
          startTransition(async () => {
            const result = await readmitStudent({ classId, userId });
            setMessage(result.ok ? undefined : result.error.message);
          });
        }}
      >
        {t("readmit")}
      </button>
      <FormAlert message={message} />
    </>
  );
}
