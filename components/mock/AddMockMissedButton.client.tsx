"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Link } from "@/components/navigation/Link.client";
import { addMockMissedToReview } from "@/lib/actions/add-mock-missed-to-review";
import { link, secondaryButton } from "../ui/styles";

/** Queues the round's not-fully-covered questions as flashcards and says how many were queued. */
export function AddMockMissedButton({ mockId }: { mockId: string }) {
  const t = useTranslations("mock.report");
  const [message, setMessage] = useState<{ text: string; ok: boolean }>();
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={pending}
        aria-describedby="mock-missed-help"
        className={secondaryButton}
        onClick={() =>
          startTransition(async () => {
            const result = await addMockMissedToReview({ mockId });
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
      <p id="mock-missed-help" className="text-sm text-stone-600 dark:text-stone-400">
        {t("missedHelp")}
      </p>
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
