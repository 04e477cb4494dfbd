import "server-only";
import { cardContentOf, type CardContent } from "../review/card-content";
import { reviewCatalogOf, type ReviewCatalog } from "../review/catalog";
import { getQuestion } from "./content";
import { getSnapshot } from "./snapshot";

let catalog: { snapshot: object; value: ReviewCatalog } | undefined;

/** The review catalog of the content snapshot, worked out once per snapshot. */
export function getReviewCatalog(): ReviewCatalog {
  const snapshot = getSnapshot();
  if (catalog?.snapshot !== snapshot) catalog = { snapshot, value: reviewCatalogOf(snapshot) };
  return catalog.value;
}

/** A published question's flashcard content, or undefined. */
export function getCardContent(id: string): CardContent | undefined {
  const question = getQuestion(id);
  return question && cardContentOf(question);
}
