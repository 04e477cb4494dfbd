import { diagnostic } from "./cross-check";
import type { Diagnostic } from "./diagnostics";
import { findStaleQuestions, STALE_AFTER_DAYS } from "./freshness";
import { findNearDuplicates, type SimilarityItem } from "./near-duplicates";
import { isPublished, type Question } from "./schemas/question";
import type { Topic } from "./schemas/topic";

/** Warnings a reviewer wants before merging: near-duplicate questions and facts that may have gone stale. */
export function checkQuality(questions: Question[], topics: Topic[], now: Date): Diagnostic[] {
  const out: Diagnostic[] = [];
  const items: SimilarityItem[] = questions.filter(isPublished).flatMap((q) =>
    Object.entries(q.langs).flatMap(([lang, c]) =>
      c ? [{ id: q.id, lang, file: c.source.file, line: c.source.line, text: c.promptText }] : [],
    ),
  );
  for (const { a, b, similarity } of findNearDuplicates(items)) {
    out.push(
      diagnostic(b.file, b.line, "near-duplicate", `question "${b.id}" is ${Math.round(similarity * 100)} % similar to "${a.id}" at ${a.file}:${a.line}: merge them or make them ask different things`, "warning"),
    );
  }
  for (const { question, lastVerified } of findStaleQuestions(questions, topics, now)) {
    const c = question.langs.en ?? question.langs.zh!;
    const when = lastVerified ? `was last verified on ${lastVerified}` : "has no lastVerified date";
    out.push(
      diagnostic(c.source.file, c.source.line, "stale-fact", `question "${question.id}" is in a volatile topic and ${when}: check its facts (and sources), then set lastVerified in its meta (older than ${STALE_AFTER_DAYS} days is stale)`, "warning"),
    );
  }
  return out;
}
