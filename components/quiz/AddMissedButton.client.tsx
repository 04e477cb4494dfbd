"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link.client";
import { useState, useTransition } from "react";
import { addMissedToReview } from "@/lib/actions/add-missed-to-review";
import { link, secondaryButton } from "../ui/styles";

/** Queues the missed questions as flashcards and says how many were queued. */
export function AddMissedButton({ attemptId }: { attemptId: string }) {
  const t = useTranslations("quiz.result");
  const [message, setMessage] = useState<{ text: string; ok: boolean }>();
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={pending}
        className={secondaryButton}
        onClick={() =>
          startTransition(async () => {
            const result = await addMissedToReview({ attemptId });
            setMessage(
              result.ok
                ? { ok: true, text: t("queued", { questions: result.data.questions, cards: result.data.queued }) }
                : { ok: false, text: result.error.message },
            );
          })
        }
      >
        {pending ? t("adding") : t("addMissed")}
      </button>
      <div aria-live="polite">
        {message && (
          <p className={message.ok ? "" : "text-rose-700 dark:text-rose-400"}>
            {message.text}{" "}
            {message.ok && (
              <Link href="/review" className={link}>
                {t("goReview")}
              </Link>
            )}
          </p>
        )}
      </div>
    </div>
  );
}
