import { reviewStateResponse } from "@/lib/data/review-state";

export const dynamic = "force-dynamic";

/** `GET /api/review/state`: the learner's cards, settings and today's ratings, to review offline. */
export function GET() {
  return reviewStateResponse();
}
