"use client";

import { useTranslations } from "next-intl";
import { addMockMissedToReview } from "@/lib/actions/add-mock-missed-to-review";
import { QueueMissedButton } from "../review/QueueMissedButton.client";

/** Queues the round's not-fully-covered questions as flashcards and says how many were queued. */
export function AddMockMissedButton({ mockId }: { mockId: string }) {
  const t = useTranslations("mock.report");
  return (
    <QueueMissedButton namespace="mock.report" help={t("missedHelp")} queue={() => addMockMissedToReview({ mockId })} />
  );
}
