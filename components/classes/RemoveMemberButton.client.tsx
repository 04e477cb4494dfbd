"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { removeMember } from "@/lib/actions/remove-member";
import { FormAlert } from "@/components/ui/Field";

/** "Remove" on a roster row, after a confirmation naming the student (removal takes their access away). */
export function RemoveMemberButton({ classId, userId, name }: { classId: string; userId: string; name: string }) {
  const t = useTranslations("classes.detail");
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <>
      <button
        type="button"
        disabled={pending}
        className="rounded border border-rose-300 px-3 py-1 text-sm font-medium text-rose-800 hover:bg-rose-50 disabled:opacity-50 dark:border-rose-800 dark:text-rose-300 dark:hover:bg-rose-950"
        onClick={() => {
          if (!window.confirm(t("removeConfirm", { name }))) return;
          startTransition(async () => {
            const result = await removeMember({ classId, userId });
            setMessage(result.ok ? undefined : result.error.message);
          });
        }}
      >
        {t("remove")}
      </button>
      <FormAlert message={message} />
    </>
  );
}
