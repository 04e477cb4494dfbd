import { myEarlierAnswers } from "@/lib/data/earlier-answers";
import { privateJson } from "@/lib/data/private-json";

export const dynamic = "force-dynamic";

/** `GET /api/me/answers/<questionId>`: the visitor's earlier answers to that question, newest first. */
export async function GET(_request: Request, { params }: { params: Promise<{ questionId: string }> }) {
  const { questionId } = await params;
  if (questionId.length > 200) return privateJson({ error: "questionId is too long" }, 400);
  return privateJson({ answers: await myEarlierAnswers(questionId) });
}
