import path from "node:path";
import type { Lang } from "../../content/schemas/common";

/** The bank's slug from the post's file name: `My Post_2024.zh.md` → `my-post-2024`. */
export function bankSlug(file: string): string {
  const base = path
    .basename(file)
    .replace(/\.(?:md|markdown)$/i, "")
    .replace(/\.(?:zh|en)$/i, "");
  const slug = base
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  // A name with no Latin letters or digits (`面试题.md`) still needs a valid file name.
  return slug || "imported";
}

/** `<content>/banks/<topic>/<slug>.<lang>.md` */
export function defaultOutPath(contentDir: string, topic: string, file: string, lang: Lang): string {
  return path.join(contentDir, "banks", topic, `${bankSlug(file)}.${lang}.md`);
}

/** The bank's title when the post has no H1 and no frontmatter title: its file name, words spaced. */
export function titleFromFileName(file: string): string {
  const base = path
    .basename(file)
    .replace(/\.(?:md|markdown)$/i, "")
    .replace(/\.(?:zh|en)$/i, "");
  return base.replace(/[-_]+/g, " ").trim() || "Imported";
}
