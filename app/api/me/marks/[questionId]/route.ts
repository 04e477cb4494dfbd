import { myQuestionMark } from "@/lib/data/question-marks";
import { privateJson } from "@/lib/data/private-json";

export const dynamic = "force-dynamic";

/** `GET /api/me/marks/<questionId>`: the visitor's own flag and private note on that question (note as safe HTML too). */
export async function GET(_request: Request, { params }: { params: Promise<{ questionId: string }> }) {
  const { questionId } = await params;
  if (questionId.length > 200) return privateJson({ error: "questionId is too long" }, 400);
  return privateJson(await myQuestionMark(questionId));
}
