import { QUIZ_PATH, type ParsedQuiz } from "../../content/parse-quiz";
import type { QuizChanges, QuizField, SideFile } from "./types";

function indexQuizzes(files: SideFile[]): Map<string, ParsedQuiz> {
  const out = new Map<string, ParsedQuiz>();
  for (const { rel, parsed } of files) {
    // The slug comes from the path, so a quiz whose YAML no longer parses is still matched with its old self.
    const slug = QUIZ_PATH.exec(rel)?.[1];
    if (parsed.kind === "quiz" && slug) out.set(slug, parsed);
  }
  return out;
}

const QUIZ_FIELDS: QuizField[] = ["title", "description", "questions", "select", "settings"];

function fields(p: ParsedQuiz): Record<QuizField, string> {
  const q = p.quiz;
  return {
    title: JSON.stringify(q?.title ?? null),
    description: JSON.stringify(q?.description ?? null),
    // Order matters for a fixed list when shuffle is off, so it is not sorted.
    questions: JSON.stringify(q?.questions ?? null),
    select: JSON.stringify(q?.select ?? null),
    settings: JSON.stringify([q?.timeLimitMinutes ?? null, q?.passPercent ?? null, q?.shuffle ?? null]),
  };
}

/** Quiz sets of the changed files before and after, matched by slug. */
export function diffQuizzes(before: SideFile[], after: SideFile[]): QuizChanges {
  const old = indexQuizzes(before);
  const now = indexQuizzes(after);
  const out: QuizChanges = { added: [], changed: [], removed: [] };
  for (const [slug, quiz] of now) {
    const prev = old.get(slug);
    if (!prev) {
      out.added.push({ slug, file: quiz.file });
      continue;
    }
    const x = fields(prev);
    const y = fields(quiz);
    const changed = QUIZ_FIELDS.filter((f) => x[f] !== y[f]);
    if (changed.length) out.changed.push({ slug, file: quiz.file, fields: changed });
  }
  for (const [slug, quiz] of old) if (!now.has(slug)) out.removed.push({ slug, file: quiz.file });
  const bySlug = (a: { slug: string }, b: { slug: string }) => a.slug.localeCompare(b.slug);
  out.added.sort(bySlug);
  out.changed.sort(bySlug);
  out.removed.sort(bySlug);
  return out;
}
