import { z } from "zod";
import { KebabIdSchema, LastVerifiedSchema, SourcesSchema, TagListSchema } from "./common";

export const ArticleFrontmatterSchema = z.strictObject({
  title: z.string().trim().min(1, "must not be empty"),
  summary: z.string().trim().min(1, "must not be empty"),
  topic: KebabIdSchema,
  tags: TagListSchema,
  related: z.array(KebabIdSchema).default([]),
  /** When a person last checked the article's dated claims ("as of …") and volatile facts, and where. */
  lastVerified: LastVerifiedSchema.optional(),
  sources: SourcesSchema,
});
export type ArticleFrontmatter = z.infer<typeof ArticleFrontmatterSchema>;

export const TocEntrySchema = z.object({ depth: z.number().int(), id: z.string(), text: z.string() });
export type TocEntry = z.infer<typeof TocEntrySchema>;

/** A part of an article under one h2/h3 heading (id "" for the text before the first heading), for search. */
export const ArticleSectionSchema = z.object({ id: z.string(), heading: z.string(), text: z.string() });
export type ArticleSection = z.infer<typeof ArticleSectionSchema>;

export const ArticleContentSchema = z.object({
  title: z.string(),
  summary: z.string(),
  html: z.string(),
  toc: z.array(TocEntrySchema),
  text: z.string(),
  sections: z.array(ArticleSectionSchema),
  wordCount: z.number().int(),
  features: z.object({ math: z.boolean(), code: z.boolean(), mermaid: z.boolean() }),
  source: z.object({ file: z.string(), line: z.number().int() }),
});
export type ArticleContent = z.infer<typeof ArticleContentSchema>;

export const ArticleSchema = z.object({
  slug: z.string(),
  topic: z.string(),
  tags: z.array(z.string()),
  related: z.array(z.string()),
  /** From the primary (English, else Chinese) file, like `topic`: both files are meant to carry the same. */
  lastVerified: z.string().optional(),
  sources: z.array(z.string()),
  langs: z.object({ zh: ArticleContentSchema.optional(), en: ArticleContentSchema.optional() }),
});
export type Article = z.infer<typeof ArticleSchema>;
