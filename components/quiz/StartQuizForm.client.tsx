"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "@/components/navigation/use-localized-router";
import { useState, useTransition } from "react";
import { startQuiz } from "@/lib/actions/start-quiz";
import { newClientId } from "@/lib/client-id";
import type { QuizMode } from "@/lib/quiz/response";
import { ModeChoice } from "./ModeChoice.client";
import { primaryButton } from "../ui/styles";

type Source = { kind: "set"; slug: string } | { kind: "article"; slug: string };

type Props = { source: Source; chooseMode: boolean; label?: string };

/**
 * Starts an attempt and goes to it. The attempt id is made once per form, so a double click or a retry opens
 * the same attempt rather than two.
 */
export function StartQuizForm({ source, chooseMode, label }: Props) {
  const t = useTranslations("quiz.start");
  const router = useRouter();
  const [attemptId] = useState(newClientId);
  const [mode, setMode] = useState<QuizMode>("practice");
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        setError(undefined);
        startTransition(async () => {
          const result = await startQuiz({ attemptId, mode, source });
          if (result.ok) router.push(`/attempts/${result.data.attemptId}`);
          else setError(result.error.message);
        });
      }}
    >
      {chooseMode && <ModeChoice name={`mode-${attemptId}`} value={mode} onChange={setMode} />}
      <button type="submit" disabled={pending} aria-disabled={pending} className={primaryButton}>
        {pending ? t("starting") : (label ?? t("start"))}
      </button>
      <p role="alert" className="text-sm text-rose-700 empty:hidden dark:text-rose-400">
        {error}
      </p>
    </form>
  );
}
