import type { ParsedQuestion } from "../../content/parse-question";
import { normalizeHtml as html } from "../../content/markdown/normalize-html";
import type { QuestionField } from "./types";

/** The fields a single language version of a question can be compared on by itself. */
export type ComparableField = Exclude<QuestionField, "bank" | "translation" | "retired">;

/**
 * One comparable string per field of one language version. Sections are compared as rendered HTML, not as
 * source: re-wrapping a paragraph, renumbering a list or moving a question inside its file changes the source
 * text (and `content.hash`) but not what a learner sees, and a reviewer should not be asked to look at it.
 * The HTML is compared whole rather than hashed: both sides are in memory anyway, and equality is exact.
 */
export function questionFields(q: ParsedQuestion): Record<ComparableField, string> {
  const c = q.content;
  return {
    title: c.title,
    // For choice questions the option list is cut out of the prompt, so it is compared once, under options.
    prompt: html(c.promptHtml),
    options: JSON.stringify(c.options?.map((o) => [html(o.html), html(o.explanationHtml ?? "")]) ?? []),
    // What is graded: the model answer, true/false, which options are marked [x], and the cloze answers.
    // A changed correct option is the change a reviewer most needs to see, so it is an answer change.
    answer: JSON.stringify([
      html(c.answerHtml ?? ""),
      c.booleanAnswer ?? null,
      c.options?.map((o) => o.correct) ?? [],
      c.clozes?.map((z) => [z.index, z.answers, z.hint ?? ""]) ?? [],
    ]),
    explanation: html(c.explanationHtml ?? ""),
    solution: html(c.solutionHtml ?? ""),
    hints: html(c.hintsHtml ?? ""),
    type: q.meta.type,
    difficulty: q.meta.difficulty,
    // Tag order carries no meaning.
    tags: [...q.meta.tags].sort().join(","),
    draft: String(q.meta.draft),
    sources: q.meta.sources.join("\n"),
    lastVerified: q.meta.lastVerified ?? "",
  };
}

/** The fields whose strings differ, in the order of QUESTION_FIELDS. */
export function differingFields(a: ParsedQuestion, b: ParsedQuestion): ComparableField[] {
  const x = questionFields(a);
  const y = questionFields(b);
  return (Object.keys(x) as ComparableField[]).filter((k) => x[k] !== y[k]);
}
