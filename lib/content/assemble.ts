import { checkArticleFreshness } from "./article-freshness";
import { checkBankPair, checkReferences, diagnostic } from "./cross-check";
import { checkSources } from "./freshness";
import { checkQuality } from "./quality-check";
import type { Diagnostic } from "./diagnostics";
import type { ParsedFile } from "./kinds";
import type { ParsedArticle } from "./parse-article";
import type { ParsedBank } from "./parse-bank";
import type { ParsedQuiz } from "./parse-quiz";
import type { Article } from "./schemas/article";
import { LANGS, type Lang } from "./schemas/common";
import type { Bank, Question } from "./schemas/question";
import type { QuizSet } from "./schemas/quiz";
import type { ContentSnapshot } from "./schemas/snapshot";
import type { Topic } from "./schemas/topic";

export const SNAPSHOT_VERSION = 1;

type Assembled = { snapshot: Omit<ContentSnapshot, "errors" | "warnings">; crossDiagnostics: Diagnostic[] };

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const group = map.get(key(item));
    if (group) group.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}

function byLang<T extends { lang: Lang }>(items: T[]): Partial<Record<Lang, T>> {
  return Object.fromEntries(items.map((i) => [i.lang, i]));
}

/** Joins per-file results into the typed records the app reads, and runs the checks that span files. */
export function assembleSnapshot(files: ParsedFile[], publicDir: string, now: Date = new Date()): Assembled {
  const diagnostics: Diagnostic[] = [];
  const topics: Topic[] = files.flatMap((f) => (f.kind === "topics" ? f.topics : []));
  const topicsFile = files.find((f) => f.kind === "topics");
  // When topics.yml itself is broken, "unknown topic" everywhere would only bury the real error.
  const topicsUsable = !!topicsFile && topicsFile.diagnostics.every((d) => d.severity !== "error");
  const topicIds = new Set(topics.map((t) => t.id));
  const unknownTopic = (id: string) => topicsUsable && !topicIds.has(id);
  const parsedBanks = files.filter((f): f is ParsedBank => f.kind === "bank" && f.slug !== "");
  const parsedArticles = files.filter((f): f is ParsedArticle => f.kind === "article" && f.slug !== "");
  const parsedQuizzes = files.filter((f): f is ParsedQuiz => f.kind === "quiz");

  const banks: Bank[] = [];
  const questions = new Map<string, Question>();
  const firstSeen = new Map<string, { bank: string; file: string; line: number }>();

  for (const [key, group] of groupBy(parsedBanks, (b) => `${b.topic}/${b.slug}`)) {
    const langs = byLang(group);
    diagnostics.push(...checkBankPair(key, langs));
    for (const b of group) {
      if (b.frontmatter && unknownTopic(b.frontmatter.topic)) {
        diagnostics.push(diagnostic(b.file, b.topicLine, "topic-unknown", `topic "${b.frontmatter.topic}" is not in topics.yml`));
      }
    }
    const primary = langs.en ?? langs.zh!;
    banks.push({
      key,
      topic: primary.topic,
      slug: primary.slug,
      title: { zh: langs.zh?.frontmatter?.title, en: langs.en?.frontmatter?.title },
      description: { zh: langs.zh?.frontmatter?.description, en: langs.en?.frontmatter?.description },
      tags: primary.frontmatter?.tags ?? [],
      questionIds: primary.questions.filter((q) => !q.meta.draft && !q.meta.retired).map((q) => q.meta.id),
    });
    for (const b of group) {
      for (const q of b.questions) {
        const seen = firstSeen.get(q.meta.id);
        const sameFile = seen?.file === b.file;
        if (seen && (seen.bank !== key || sameFile)) {
          diagnostics.push(diagnostic(b.file, q.line, "id-duplicate", `id "${q.meta.id}" is already used at ${seen.file}:${seen.line}`));
          continue;
        }
        if (!seen) firstSeen.set(q.meta.id, { bank: key, file: b.file, line: q.line });
        const record: Question = questions.get(q.meta.id) ?? {
          id: q.meta.id,
          type: q.meta.type,
          difficulty: q.meta.difficulty,
          // A bank's tags describe the bank: they stand in for a question's own tags only when it has none
          // (merged into every question, they tagged a KV-cache batch-size question #positional-encoding).
          tags: [...new Set(q.meta.tags.length > 0 ? q.meta.tags : (b.frontmatter?.tags ?? []))],
          draft: q.meta.draft,
          retired: q.meta.retired,
          lastVerified: q.meta.lastVerified,
          topic: b.topic,
          bank: key,
          langs: {},
        };
        record.langs[b.lang] = q.content;
        questions.set(q.meta.id, record);
      }
    }
  }

  const articles: Article[] = [];
  for (const [slug, group] of groupBy(parsedArticles, (a) => a.slug)) {
    const langs = byLang(group);
    const primary = langs.en ?? langs.zh!;
    for (const a of group) {
      if (a.frontmatter && unknownTopic(a.frontmatter.topic)) {
        diagnostics.push(diagnostic(a.file, a.topicLine, "topic-unknown", `topic "${a.frontmatter.topic}" is not in topics.yml`));
      }
    }
    for (const lang of LANGS) {
      const other = langs[lang === "zh" ? "en" : "zh"];
      const mine = langs[lang];
      if (!mine && other) {
        diagnostics.push(diagnostic(other.file, 1, "article-lang-missing", `article "${slug}" has no ${lang} version (articles/${slug}.${lang}.md)`, "warning"));
      }
    }
    if (langs.zh?.frontmatter && langs.en?.frontmatter) {
      const zh = langs.zh.frontmatter;
      const en = langs.en.frontmatter;
      if (zh.topic !== en.topic || zh.related.join() !== en.related.join()) {
        diagnostics.push(diagnostic(langs.zh.file, langs.zh.topicLine, "article-lang-mismatch", `the zh and en versions of "${slug}" must have the same topic and related ids`));
      }
    }
    if (!primary.frontmatter) continue;
    articles.push({
      slug,
      topic: primary.frontmatter.topic,
      tags: primary.frontmatter.tags,
      related: primary.frontmatter.related,
      lastVerified: primary.frontmatter.lastVerified,
      sources: primary.frontmatter.sources,
      langs: { zh: langs.zh?.content, en: langs.en?.content },
    });
  }

  diagnostics.push(...checkQuality([...questions.values()], topics, now));
  diagnostics.push(
    ...checkSources(
      parsedBanks.flatMap((b) =>
        b.questions.map((q) => ({ file: b.file, metaLine: q.metaLine, topic: b.topic, meta: q.meta, datedClaim: q.datedClaim })),
      ),
      topics,
    ),
  );
  diagnostics.push(
    ...checkArticleFreshness(
      parsedArticles.flatMap((a) =>
        a.frontmatter
          ? [
              {
                file: a.file,
                slug: a.slug,
                topic: a.frontmatter.topic,
                lastVerified: a.frontmatter.lastVerified,
                lastVerifiedLine: a.lastVerifiedLine,
                sources: a.frontmatter.sources,
                datedClaim: a.datedClaim,
              },
            ]
          : [],
      ),
      topics,
      now,
    ),
  );

  const quizzes: QuizSet[] = parsedQuizzes.flatMap((q) => (q.quiz ? [q.quiz] : []));
  diagnostics.push(
    ...checkReferences({ topics: topicIds, questions, articles, parsedBanks, parsedArticles, parsedQuizzes, publicDir }),
  );

  return {
    snapshot: {
      version: SNAPSHOT_VERSION,
      builtAt: new Date().toISOString(),
      topics,
      banks: banks.sort((a, b) => a.key.localeCompare(b.key)),
      questions: [...questions.values()],
      articles: articles.sort((a, b) => a.slug.localeCompare(b.slug)),
      quizzes: quizzes.sort((a, b) => a.slug.localeCompare(b.slug)),
    },
    crossDiagnostics: diagnostics,
  };
}
