import { existsSync } from "node:fs";
import path from "node:path";
import type { Diagnostic, Severity } from "./diagnostics";
import { keyPointsSignature } from "./key-points";
import type { ParsedArticle } from "./parse-article";
import type { ParsedBank } from "./parse-bank";
import type { ParsedQuestion } from "./parse-question";
import type { ParsedQuiz } from "./parse-quiz";
import type { Article } from "./schemas/article";
import type { Lang } from "./schemas/common";
import { isPublished, type Question } from "./schemas/question";

export function diagnostic(file: string, line: number, rule: string, message: string, severity: Severity = "error"): Diagnostic {
  return { file, line, column: 1, rule, message, severity };
}

/** What a learner's progress depends on: the two languages must agree on it. */
function signature(q: ParsedQuestion): Record<string, string> {
  return {
    type: q.meta.type,
    difficulty: q.meta.difficulty,
    "correct options": q.content.options?.map((o) => (o.correct ? "x" : " ")).join("") ?? "",
    answer: q.content.booleanAnswer === undefined ? "" : String(q.content.booleanAnswer),
    "cloze indexes": [...new Set(q.content.clozes?.map((c) => c.index) ?? [])].sort().join(","),
    "key points": keyPointsSignature(q.content.keyPoints),
    draft: String(q.meta.draft),
    retired: String(q.meta.retired),
  };
}

/** The zh and en files of one bank must hold the same questions, in the same order, with the same answers. */
export function checkBankPair(key: string, langs: Partial<Record<Lang, ParsedBank>>): Diagnostic[] {
  const { zh, en } = langs;
  if (!zh || !en) {
    const only = (zh ?? en)!;
    const missing = zh ? "en" : "zh";
    return [diagnostic(only.file, 1, "bank-lang-missing", `bank "${key}" has no ${missing} file (banks/${key}.${missing}.md)`, "warning")];
  }
  const out: Diagnostic[] = [];
  const enById = new Map(en.questions.map((q) => [q.meta.id, q]));
  const zhById = new Map(zh.questions.map((q) => [q.meta.id, q]));
  for (const q of zh.questions) {
    if (!enById.has(q.meta.id)) out.push(diagnostic(zh.file, q.line, "bank-lang-mismatch", `question "${q.meta.id}" is missing from ${en.file}`));
  }
  for (const q of en.questions) {
    const other = zhById.get(q.meta.id);
    if (!other) {
      out.push(diagnostic(en.file, q.line, "bank-lang-mismatch", `question "${q.meta.id}" is missing from ${zh.file}`));
      continue;
    }
    const a = signature(q);
    const b = signature(other);
    for (const field of Object.keys(a)) {
      if (a[field] !== b[field]) {
        out.push(diagnostic(zh.file, other.line, "bank-lang-mismatch", `question "${q.meta.id}": ${field} differ between languages (en: "${a[field]}", zh: "${b[field]}")`));
      }
    }
  }
  const order = (b: ParsedBank) => b.questions.map((q) => q.meta.id).filter((id) => enById.has(id) && zhById.has(id));
  if (out.length === 0 && order(zh).join() !== order(en).join()) {
    out.push(diagnostic(zh.file, 1, "bank-lang-order", `the questions of ${zh.file} are not in the same order as in ${en.file}`, "warning"));
  }
  return out;
}

type ReferenceInput = {
  topics: Set<string>;
  questions: Map<string, Question>;
  articles: Article[];
  parsedBanks: ParsedBank[];
  parsedArticles: ParsedArticle[];
  parsedQuizzes: ParsedQuiz[];
  publicDir: string;
};

/** Links, images, `related` lists and quiz sets must point at things that exist (and are not drafts). */
export function checkReferences(input: ReferenceInput): Diagnostic[] {
  const out: Diagnostic[] = [];
  const articles = new Map(input.articles.map((a) => [a.slug, a]));
  const liveQuestion = (id: string) => {
    const q = input.questions.get(id);
    return q ? (q.retired ? "retired" : q.draft ? "draft" : "ok") : "missing";
  };
  const questionProblem = (id: string) => {
    const state = liveQuestion(id);
    if (state === "missing") return `unknown question id "${id}"`;
    return state === "ok" ? undefined : `question "${id}" is ${state === "draft" ? "a draft" : "retired"}`;
  };

  for (const f of [...input.parsedBanks, ...input.parsedArticles]) {
    for (const ref of f.references) {
      let problem: string | undefined;
      if (ref.kind === "image" && !existsSync(path.join(input.publicDir, ref.target))) {
        problem = `image ${ref.target} does not exist in public/`;
      } else if (ref.kind === "question") {
        problem = questionProblem(ref.target);
      } else if (ref.kind === "article") {
        const a = articles.get(ref.target);
        if (!a) problem = `link to a missing article "/articles/${ref.target}"`;
        else if (ref.anchor && !Object.values(a.langs).some((l) => l?.toc.some((t) => t.id === ref.anchor))) {
          problem = `article "${ref.target}" has no heading with the anchor #${ref.anchor}`;
        }
      }
      if (problem) out.push({ file: f.file, line: ref.line, column: ref.column, rule: "link-broken", message: problem, severity: "error" });
    }
  }
  for (const a of input.parsedArticles) {
    a.frontmatter?.related.forEach((id, i) => {
      const problem = questionProblem(id);
      if (problem) out.push(diagnostic(a.file, a.relatedLines[i] ?? 1, "ref-unknown", `related: ${problem}`));
    });
  }
  for (const q of input.parsedQuizzes) {
    q.quiz?.questions?.forEach((id, i) => {
      const problem = questionProblem(id);
      if (problem) out.push(diagnostic(q.file, q.questionLines[i] ?? 1, "ref-unknown", `questions: ${problem}`));
    });
    q.quiz?.select?.topics.forEach((t, i) => {
      if (!input.topics.has(t)) out.push(diagnostic(q.file, q.topicLines[i] ?? 1, "topic-unknown", `select.topics: topic "${t}" is not in topics.yml`));
    });
    const select = q.quiz?.select;
    if (select) {
      const pool = [...input.questions.values()].filter(
        (x) =>
          isPublished(x) &&
          (select.topics.length === 0 || select.topics.includes(x.topic)) &&
          (select.tags.length === 0 || select.tags.some((t) => x.tags.includes(t))) &&
          (select.types.length === 0 || select.types.includes(x.type)) &&
          (select.difficulty.length === 0 || select.difficulty.includes(x.difficulty)),
      );
      if (pool.length < select.count) {
        out.push(diagnostic(q.file, 1, "quiz-select-short", `select asks for ${select.count} questions but only ${pool.length} match`));
      }
    }
  }
  return out;
}
