import { myFlaggedQuestionIds } from "@/lib/data/question-marks";
import { privateJson } from "@/lib/data/private-json";

export const dynamic = "force-dynamic";

/** `GET /api/me/flags`: the ids of the questions the visitor flagged, for the card browser (`/cards`). */
export async function GET() {
  return privateJson({ questionIds: await myFlaggedQuestionIds() });
}
