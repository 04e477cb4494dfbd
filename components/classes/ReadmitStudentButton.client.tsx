"use client";

import { useTranslations } from "next-intl";
import { readmitStudent } from "@/lib/actions/readmit-student";
import { ConfirmedActionButton } from "@/components/ui/ConfirmedActionButton.client";
import { secondaryButton } from "@/components/ui/styles";

/** "Re-admit" on a removed student's row, after a confirmation: they may then join again with the code. */
export function ReadmitStudentButton({ classId, userId, name }: { classId: string; userId: string; name: string }) {
  const t = useTranslations("classes.detail");
  return (
    <ConfirmedActionButton
      label={t("readmit")}
      confirm={t("readmitConfirm", { name })}
      className={secondaryButton}
      act={() => readmitStudent({ classId, userId })}
    />
  );
}
