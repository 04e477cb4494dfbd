import { privateJson } from "@/lib/data/private-json";
import { myAttempts } from "@/lib/data/quiz";

export const dynamic = "force-dynamic";

/** `GET /api/me/attempts`: the visitor's unfinished and recent quiz attempts, for the quiz pages. */
export async function GET() {
  const { unfinished, finished } = await myAttempts();
  return privateJson({
    unfinished: unfinished.map(({ attempt, summary }) => ({
      id: attempt.id,
      quizSlug: attempt.quizSlug,
      title: attempt.title,
      mode: attempt.mode,
      answered: summary.answered,
      total: summary.total,
    })),
    finished: finished.map(({ attempt, summary }) => ({
      id: attempt.id,
      title: attempt.title,
      finishedAt: attempt.finishedAt?.toISOString() ?? null,
      scorePercent: summary.scorePercent,
      passed: summary.passed,
    })),
  });
}
