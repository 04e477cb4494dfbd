"use client";

import { useTranslations } from "next-intl";
import { removeMember } from "@/lib/actions/remove-member";
import { ConfirmedActionButton } from "@/components/ui/ConfirmedActionButton.client";

/** "Remove" on a roster row, after a confirmation naming the student (removal takes their access away). */
export function RemoveMemberButton({ classId, userId, name }: { classId: string; userId: string; name: string }) {
  const t = useTranslations("classes.detail");
  return (
    <ConfirmedActionButton
      label={t("remove")}
      confirm={t("removeConfirm", { name })}
      className="rounded border border-rose-300 px-3 py-1 text-sm font-medium text-rose-800 hover:bg-rose-50 disabled:opacity-50 dark:border-rose-800 dark:text-rose-300 dark:hover:bg-rose-950"
      act={() => removeMember({ classId, userId })}
    />
  );
}
