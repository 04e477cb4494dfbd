import type { DatedClaim } from "./dated-claims";
import type { Diagnostic } from "./diagnostics";
import type { Question } from "./schemas/question";
import { isPublished } from "./schemas/question";
import type { Topic } from "./schemas/topic";

export const STALE_AFTER_DAYS = 365;

export type StaleQuestion = { question: Question; lastVerified?: string };

/** The ids of the topics whose facts age quickly (`volatile: true` in topics.yml). */
export const volatileTopicIds = (topics: Topic[]): Set<string> => new Set(topics.filter((t) => t.volatile).map((t) => t.id));

/** Never verified, or verified more than STALE_AFTER_DAYS before `now`: the one definition questions and articles share. */
export function isStale(lastVerified: string | undefined, now: Date): boolean {
  const cutoff = now.getTime() - STALE_AFTER_DAYS * 24 * 60 * 60 * 1000;
  return !lastVerified || Date.parse(lastVerified) < cutoff;
}

/**
 * Questions in a volatile topic (regulation, funding, the state of the art) whose facts nobody has checked in
 * the last twelve months. `now` is passed in so the rule is testable with a fixed clock.
 */
export function findStaleQuestions(questions: Question[], topics: Topic[], now: Date): StaleQuestion[] {
  const volatile = volatileTopicIds(topics);
  return questions
    .filter((q) => isPublished(q) && volatile.has(q.topic))
    .filter((q) => isStale(q.lastVerified, now))
    .map((q) => ({ question: q, lastVerified: q.lastVerified }));
}

export type StaleItem = { file: string; line: number; id: string; lastVerified?: string };

/**
 * What needs re-checking (`content:check -- --stale`): the stale questions with where they start, oldest first;
 * a question never verified comes before any date.
 */
export function listStale(questions: Question[], topics: Topic[], now: Date): StaleItem[] {
  return findStaleQuestions(questions, topics, now)
    .map(({ question, lastVerified }) => {
      const c = question.langs.en ?? question.langs.zh!;
      return { file: c.source.file, line: c.source.line, id: question.id, lastVerified };
    })
    .sort((a, b) => (a.lastVerified ?? "").localeCompare(b.lastVerified ?? "") || a.file.localeCompare(b.file) || a.line - b.line);
}

export type SourcedMeta = {
  file: string;
  metaLine: number;
  topic: string;
  meta: { id: string; draft: boolean; retired: boolean; lastVerified?: string; sources: string[] };
  /** The question's first dated claim in this language, if any. */
  datedClaim?: DatedClaim;
};

/**
 * A fact someone vouches for needs a source a reviewer can follow: every published question in a volatile
 * topic, and every question that records a lastVerified date, must list at least one URL in `sources`. Checked
 * per language file (each meta block is edited on its own), at the meta block's line.
 */
export function checkSources(items: SourcedMeta[], topics: Topic[]): Diagnostic[] {
  const volatile = volatileTopicIds(topics);
  return [...unsourcedClaims(items), ...missingSources(items, volatile)];
}

/**
 * A question that says "as of <month year>" holds a fact that ages, so it must record when someone checked it
 * (`lastVerified`) and against what (`sources`), as articles must. Reported at the claim.
 */
function unsourcedClaims(items: SourcedMeta[]): Diagnostic[] {
  return items
    .filter(({ meta, datedClaim }) => isPublished(meta) && datedClaim && !meta.lastVerified)
    .map(({ file, meta, datedClaim }) => ({
      file,
      line: datedClaim!.line,
      column: datedClaim!.column,
      rule: "dated-claim-unsourced",
      message: `question "${meta.id}" makes a dated claim ("${datedClaim!.text}") but has no lastVerified date: add \`lastVerified: YYYY-MM-DD\` (the day you checked it) and its sources to its meta`,
      severity: "warning" as const,
    }));
}

function missingSources(items: SourcedMeta[], volatile: Set<string>): Diagnostic[] {
  return items
    .filter(({ meta, topic }) => isPublished(meta) && meta.sources.length === 0 && (volatile.has(topic) || !!meta.lastVerified))
    .map(({ file, metaLine, topic, meta }) => ({
      file,
      line: metaLine,
      column: 1,
      rule: "source-missing",
      message: `question "${meta.id}" ${volatile.has(topic) ? "is in a volatile topic" : `was verified on ${meta.lastVerified}`} but lists no sources: add the URLs that back its facts under \`sources:\` in its meta`,
      severity: "warning",
    }));
}
