"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "@/components/navigation/use-localized-router";
import { useState, useTransition } from "react";
import { startAssignment } from "@/lib/actions/start-assignment";
import { newClientId } from "@/lib/client-id";
import { primaryButton } from "@/components/ui/styles";
import { FormAlert } from "@/components/ui/Field";

/** "Start" or "Resume": the server opens (or finds) the attempt and the runner takes over. */
export function StartAssignmentButton({ assignmentId, resume }: { assignmentId: string; resume: boolean }) {
  const t = useTranslations("classes.mine");
  const router = useRouter();
  const [attemptId] = useState(newClientId);
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <div>
      <button
        type="button"
        disabled={pending}
        className={`${primaryButton} px-3 py-1 text-sm`}
        onClick={() =>
          startTransition(async () => {
            const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
            const result = await startAssignment({ assignmentId, attemptId, timeZone });
            if (result.ok) return router.push(`/attempts/${result.data.attemptId}`);
            setMessage(result.error.message);
          })
        }
      >
        {pending ? t("starting") : resume ? t("resume") : t("start")}
      </button>
      <FormAlert message={message} />
    </div>
  );
}
