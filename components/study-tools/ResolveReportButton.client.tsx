"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { resolveProblemReport } from "@/lib/actions/resolve-problem-report";
import { FormAlert } from "../ui/Field";
import { secondaryButton } from "../ui/styles";

/** Marks a report resolved or open again; the page is rendered afresh with the new status. */
export function ResolveReportButton({ id, resolved }: { id: string; resolved: boolean }) {
  const t = useTranslations("tools.admin");
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-1">
      <button
        type="button"
        disabled={pending}
        className={`${secondaryButton} text-sm`}
        onClick={() =>
          startTransition(async () => {
            const result = await resolveProblemReport({ id, resolved: !resolved });
            setMessage(result.ok ? undefined : result.error.message);
          })
        }
      >
        {resolved ? t("reopen") : t("resolve")}
      </button>
      <FormAlert message={message} />
    </div>
  );
}
