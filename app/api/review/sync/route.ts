import { syncReviews } from "@/lib/actions/sync-reviews";

export const dynamic = "force-dynamic";

/** `POST /api/review/sync`: a device's batch of flashcard ratings and undos (lib/review/sync-protocol.ts). */
export function POST(request: Request) {
  return syncReviews(request);
}
