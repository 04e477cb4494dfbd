"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { Link } from "@/components/navigation/Link.client";
import type { ActionResult } from "@/lib/errors/result";
import { link, secondaryButton } from "../ui/styles";

type Props = {
  /** Queues the missed questions; the caller binds its own action (a quiz attempt's, a mock interview's). */
  queue: () => Promise<ActionResult<{ questions: number; queued: number }>>;
  /** The words' namespace: it holds addMissed, adding, queued and goReview. */
  namespace: "quiz.result" | "mock.report";
  /** A line under the button saying which questions count as missed. */
  help?: string;
};

/** Queues missed questions as flashcards and says how many were queued, with a link to review them. */
export function QueueMissedButton({ queue, namespace, help }: Props) {
  const t = useTranslations(namespace);
  const helpId = useId();
  const [message, setMessage] = useState<{ text: string; ok: boolean }>();
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={pending}
        aria-describedby={help ? helpId : undefined}
        className={secondaryButton}
        onClick={() =>
          startTransition(async () => {
            const result = await queue();
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
      {help && (
        <p id={helpId} className="text-sm text-stone-600 dark:text-stone-400">
          {help}
        </p>
      )}
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
