"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useRouter } from "@/components/navigation/use-localized-router";
import { FormAlert } from "@/components/ui/Field";
import { secondaryButton } from "@/components/ui/styles";
import { gradeBlankAnswers } from "@/lib/actions/grade-blank-answers";

/** The queue's bulk action: after a confirmation, every awaiting answer with nothing typed is graded 0. */
export function GradeBlankAnswersButton({
  classId,
  assignmentId,
  count,
}: {
  classId: string;
  assignmentId?: string;
  count: number;
}) {
  const t = useTranslations("gradebook.queue");
  const router = useRouter();
  const [done, setDone] = useState<string>();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-1">
      <button
        type="button"
        disabled={pending || count === 0}
        className={secondaryButton}
        onClick={() => {
          if (!window.confirm(t("bulkConfirm"))) return;
          startTransition(async () => {
            const result = await gradeBlankAnswers({ classId, assignmentId });
            if (result.ok) {
              setError(undefined);
              setDone(t("bulkDone", { count: result.data.graded }));
              router.refresh();
            } else setError(result.error.message);
          });
        }}
      >
        {t("bulk", { count })}
      </button>
      <p role="status" className="text-sm">
        {done}
      </p>
      <FormAlert message={error} />
    </div>
  );
}
