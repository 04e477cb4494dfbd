import { isPublished } from "./schemas/question";
import type { ContentSnapshot } from "./schemas/snapshot";

export type ContentCounts = {
  topics: number;
  banks: number;
  questions: number;
  articles: number;
  quizzes: number;
  byType: Record<string, number>;
  byTopic: Record<string, number>;
  byLang: Record<string, number>;
  byDifficulty: Record<string, number>;
};

const bump = (m: Record<string, number>, k: string) => {
  m[k] = (m[k] ?? 0) + 1;
};

/** Counts published questions (not drafts, not retired); byLang counts language versions, so a bilingual question counts in both. */
export function countContent(s: Pick<ContentSnapshot, "topics" | "banks" | "questions" | "articles" | "quizzes">): ContentCounts {
  const counts: ContentCounts = {
    topics: s.topics.length,
    banks: s.banks.length,
    questions: 0,
    articles: s.articles.length,
    quizzes: s.quizzes.length,
    byType: {},
    byTopic: {},
    byLang: {},
    byDifficulty: {},
  };
  for (const q of s.questions) {
    if (!isPublished(q)) continue;
    counts.questions++;
    bump(counts.byType, q.type);
    bump(counts.byTopic, q.topic);
    bump(counts.byDifficulty, q.difficulty);
    for (const lang of Object.keys(q.langs)) bump(counts.byLang, lang);
  }
  return counts;
}
