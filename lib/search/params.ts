import { z } from "zod";
import { DifficultySchema, QuestionTypeSchema } from "../content/schemas/question";

// A form's "any" option sends an empty value; a repeated parameter (?q=a&q=b) counts by its first value.
const field = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => {
    const first = Array.isArray(v) ? v[0] : v;
    return typeof first === "string" && first.trim() === "" ? undefined : first;
  }, schema);

export const SEARCH_LANGS = ["any", "zh", "en"] as const;

/** What /search and /api/search accept: `?q=&topic=&type=&difficulty=&tag=&lang=`, and `page` (from 1) for the API. */
export const SearchParamsSchema = z.object({
  q: field(z.string().trim().max(200, "must be at most 200 characters").optional()).transform((q) => q ?? ""),
  topic: field(z.string().max(100).optional()),
  type: field(QuestionTypeSchema.optional()),
  difficulty: field(DifficultySchema.optional()),
  tag: field(z.string().max(100).optional()),
  lang: field(z.enum(SEARCH_LANGS).optional()).transform((l) => l ?? "any"),
  page: field(
    z.coerce
      .number()
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(500, "must be at most 500")
      .optional(),
  ),
});
export type SearchParams = z.infer<typeof SearchParamsSchema>;

export const hasFilters = (p: SearchParams) => !!(p.topic || p.type || p.difficulty || p.tag || p.lang !== "any");
