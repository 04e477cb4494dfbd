import { toString } from "mdast-util-to-string";
import { articleSections } from "./article-sections";
import { findDatedClaims, type DatedClaim } from "./dated-claims";
import { DiagnosticSink, type Diagnostic } from "./diagnostics";
import { readFrontmatter } from "./frontmatter";
import { lintTree, type Reference } from "./markdown/lint";
import { parseMarkdown } from "./markdown/parse";
import { renderNodes } from "./markdown/render";
import { features } from "./features";
import { ArticleFrontmatterSchema, type ArticleContent, type ArticleFrontmatter } from "./schemas/article";
import type { Lang } from "./schemas/common";

export type ParsedArticle = {
  kind: "article";
  file: string;
  slug: string;
  lang: Lang;
  frontmatter?: ArticleFrontmatter;
  topicLine: number;
  relatedLines: number[];
  /** Where `lastVerified` is written (1 without one), for the stale-fact warning. */
  lastVerifiedLine: number;
  /** The first dated claim of the body ("as of …", "截至 … 年"): checked against lastVerified and sources. */
  datedClaim?: DatedClaim;
  content?: ArticleContent;
  references: Reference[];
  diagnostics: Diagnostic[];
};

export const ARTICLE_PATH = /^articles\/([a-z0-9-]+)\.(zh|en)\.md$/;

const countWords = (text: string) =>
  // English words plus CJK characters (a common proxy for Chinese word counts).
  (text.match(/[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g)?.length ?? 0) + (text.match(/[\u4e00-\u9fff]/g)?.length ?? 0);

export async function parseArticle(relPath: string, displayPath: string, raw: string): Promise<ParsedArticle> {
  const sink = new DiagnosticSink(displayPath);
  const match = ARTICLE_PATH.exec(relPath);
  const base = { kind: "article" as const, file: displayPath, topicLine: 1, relatedLines: [], lastVerifiedLine: 1, references: [] };
  if (!match) {
    sink.error({ line: 1 }, "filename", "article files must be named articles/<slug>.<zh|en>.md in kebab-case");
    return { ...base, slug: "", lang: "en", diagnostics: sink.items };
  }
  const [, slug, lang] = match as unknown as [string, string, Lang];
  const { frontmatter, body, bodyOffset } = readFrontmatter(raw, ArticleFrontmatterSchema, sink);
  const tree = parseMarkdown(body);
  for (const node of tree.children) {
    if (node.type === "heading" && node.depth === 1) {
      sink.error({ line: (node.position?.start.line ?? 1) + bodyOffset }, "heading-level", "the title comes from the frontmatter: start sections at ##");
    }
  }
  const lint = await lintTree(tree, bodyOffset);
  for (const p of lint.problems) (p.warning ? sink.warn : sink.error).call(sink, p, p.rule, p.message);
  const rendered = renderNodes(tree.children, { slugs: true });
  for (const p of rendered.problems) sink.error({ line: p.line + bodyOffset, column: p.column }, p.rule, p.message);
  const text = toString(tree);
  const fm = frontmatter?.data;
  return {
    ...base,
    slug,
    lang,
    frontmatter: fm,
    topicLine: frontmatter?.locate(["topic"]).line ?? 1,
    relatedLines: fm ? fm.related.map((_, i) => frontmatter!.locate(["related", i]).line) : [],
    lastVerifiedLine: fm?.lastVerified ? frontmatter!.locate(["lastVerified"]).line : 1,
    datedClaim: findDatedClaims(tree, body, bodyOffset)[0],
    references: lint.references,
    diagnostics: sink.items,
    content: fm && {
      title: fm.title,
      summary: fm.summary,
      html: rendered.html,
      toc: rendered.toc,
      text,
      sections: articleSections(tree.children, rendered.toc),
      wordCount: countWords(text),
      features: features(tree.children),
      source: { file: displayPath, line: 1 },
    },
  };
}
