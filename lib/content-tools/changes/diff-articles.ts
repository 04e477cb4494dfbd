import type { ParsedArticle } from "../../content/parse-article";
import { LANGS, type Lang } from "../../content/schemas/common";
import { normalizeHtml } from "../../content/markdown/normalize-html";
import type { ArticleChanges, ArticleField, SideFile } from "./types";

type Entry = Partial<Record<Lang, ParsedArticle>>;

function indexArticles(files: SideFile[]): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const { parsed } of files) {
    if (parsed.kind !== "article" || parsed.slug === "") continue;
    out.set(parsed.slug, { ...out.get(parsed.slug), [parsed.lang]: parsed });
  }
  return out;
}

const ARTICLE_FIELDS: ArticleField[] = [
  "title",
  "summary",
  "body",
  "topic",
  "tags",
  "related",
  "sources",
  "lastVerified",
  "translation",
];

/** Like questions, the body is compared as rendered HTML so that re-wrapping text is not a change. */
function fields(a: ParsedArticle): Record<Exclude<ArticleField, "translation">, string> {
  const fm = a.frontmatter;
  return {
    title: fm?.title ?? "",
    summary: fm?.summary ?? "",
    body: normalizeHtml(a.content?.html ?? ""),
    topic: fm?.topic ?? "",
    tags: [...(fm?.tags ?? [])].sort().join(","),
    related: (fm?.related ?? []).join(","),
    sources: (fm?.sources ?? []).join("\n"),
    lastVerified: fm?.lastVerified ?? "",
  };
}

const primaryFile = (e: Entry) => (e.en ?? e.zh)!.file;

/** Articles of the changed files before and after, matched by slug (the file name without the language). */
export function diffArticles(before: SideFile[], after: SideFile[]): ArticleChanges {
  const old = indexArticles(before);
  const now = indexArticles(after);
  const out: ArticleChanges = { added: [], changed: [], removed: [] };
  for (const [slug, entry] of now) {
    const prev = old.get(slug);
    if (!prev) {
      out.added.push({ slug, file: primaryFile(entry), langs: LANGS.filter((l) => entry[l]) });
      continue;
    }
    const changed = new Set<ArticleField>();
    const langs = new Set<Lang>();
    for (const lang of LANGS) {
      const a = prev[lang];
      const b = entry[lang];
      if (!a && !b) continue;
      if (!a || !b) {
        changed.add("translation");
        langs.add(lang);
        continue;
      }
      const x = fields(a);
      const y = fields(b);
      for (const k of Object.keys(x) as (keyof typeof x)[]) {
        if (x[k] !== y[k]) {
          changed.add(k);
          langs.add(lang);
        }
      }
    }
    if (changed.size) {
      out.changed.push({
        slug,
        file: primaryFile(entry),
        fields: ARTICLE_FIELDS.filter((f) => changed.has(f)),
        langs: LANGS.filter((l) => langs.has(l)),
      });
    }
  }
  for (const [slug, entry] of old) if (!now.has(slug)) out.removed.push({ slug, file: primaryFile(entry) });
  const bySlug = (a: { slug: string }, b: { slug: string }) => a.slug.localeCompare(b.slug);
  out.added.sort(bySlug);
  out.changed.sort(bySlug);
  out.removed.sort(bySlug);
  return out;
}
