import { z } from "zod";

export const LANGS = ["zh", "en"] as const;
export const LangSchema = z.enum(LANGS);
export type Lang = z.infer<typeof LangSchema>;

export const KebabIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case: lowercase letters, digits and single hyphens");

/** A string given in both languages, e.g. `name: { zh: …, en: … }`. */
export const BilingualTextSchema = z.strictObject({
  zh: z.string().trim().min(1, "must not be empty"),
  en: z.string().trim().min(1, "must not be empty"),
});
export type BilingualText = z.infer<typeof BilingualTextSchema>;

export const TagListSchema = z.array(KebabIdSchema).default([]);

/**
 * When a person last checked an item's facts, and the URLs that back them: shared by question meta blocks and
 * article frontmatter so both report a bad date or URL in the same words.
 */
export const LastVerifiedSchema = z.iso.date("must be a date like 2026-11-22");
export const SourcesSchema = z.array(z.url("must be a URL")).default([]);
