"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { rotateJoinCode } from "@/lib/actions/rotate-join-code";
import { setJoinEnabled } from "@/lib/actions/set-join-enabled";
import { secondaryButton } from "@/components/ui/styles";
import { FormAlert } from "@/components/ui/Field";

/** The owner's join controls; the page re-renders from the server with the new code or state. */
export function ClassControls({ classId, joinEnabled }: { classId: string; joinEnabled: boolean }) {
  const t = useTranslations("classes.detail");
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<{ ok: boolean; error?: { message: string } }>) =>
    startTransition(async () => {
      const result = await action();
      setMessage(result.ok ? undefined : result.error?.message);
    });
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={pending}
          className={secondaryButton}
          onClick={() => window.confirm(t("rotateConfirm")) && run(() => rotateJoinCode({ classId }))}
        >
          {t("rotate")}
        </button>
        <button
          type="button"
          disabled={pending}
          className={secondaryButton}
          onClick={() => run(() => setJoinEnabled({ classId, enabled: !joinEnabled }))}
        >
          {joinEnabled ? t("disable") : t("enable")}
        </button>
      </div>
      <FormAlert message={message} />
    </div>
  );
}
