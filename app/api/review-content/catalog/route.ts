import { getReviewCatalog } from "@/lib/data/review-content";

// Built once with the site (see README, "Flashcards offline"): the browser keeps it on the device.
export const dynamic = "force-static";

/** `GET /api/review-content/catalog`: which cards each review scope holds, for the browser's review session. */
export function GET() {
  return Response.json(getReviewCatalog());
}
