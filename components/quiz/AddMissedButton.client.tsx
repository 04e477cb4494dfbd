"use client";

import { addMissedToReview } from "@/lib/actions/add-missed-to-review";
import { QueueMissedButton } from "../review/QueueMissedButton.client";

/** Queues the quiz's missed questions as flashcards and says how many were queued. */
export function AddMissedButton({ attemptId }: { attemptId: string }) {
  return <QueueMissedButton namespace="quiz.result" queue={() => addMissedToReview({ attemptId })} />;
}
