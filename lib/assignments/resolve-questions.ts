import type { BilingualText } from "../content/schemas/common";
import { ConflictError, InvalidInputError } from "../errors";
import type { QuizContent } from "../quiz/content-source";
import type { Random } from "../quiz/random";
import { questionsForSet, selectQuestions } from "../quiz/select";
import { customQuizTitle } from "../quiz/titles";
import type { AssignmentSource } from "./assign-input";

export type ResolvedQuestions = {
  title: BilingualText;
  questionIds: string[];
  timeLimitSec: number | null;
  passPercent: number | null;
};

/**
 * The questions every student of an assignment will answer, drawn once at creation with the same rules as a
 * self-study quiz. A custom selection takes the ids named one by one first, then fills up to `count` from the
 * topics and tags (only the named ids when no topic or tag is given).
 */
export function resolveQuestions(content: QuizContent, source: AssignmentSource, random: Random): ResolvedQuestions {
  if (source.kind === "set") {
    const set = content.quizSet(source.slug);
    if (!set) throw new InvalidInputError("source.slug", `unknown quiz set "${source.slug}"`);
    const questionIds = questionsForSet(set, content.questions, random);
    if (questionIds.length === 0) throw new ConflictError("no-questions");
    return {
      title: set.title,
      questionIds,
      timeLimitSec: set.timeLimitMinutes ? set.timeLimitMinutes * 60 : null,
      passPercent: set.passPercent ?? null,
    };
  }
  const named = [...new Set(source.ids)];
  const unknown = named.find((id) => !content.question(id));
  if (unknown) throw new InvalidInputError("source.ids", `unknown question id "${unknown}"`);
  const filtered = source.topics.length > 0 || source.tags.length > 0;
  const fill =
    filtered || named.length === 0
      ? selectQuestions(
          content.questions.filter((q) => !named.includes(q.id)),
          {
            topics: source.topics,
            tags: source.tags,
            types: [],
            difficulty: [],
            count: Math.max(0, source.count - named.length),
          },
          random,
        )
      : [];
  const questionIds = [...named, ...fill];
  if (questionIds.length === 0) throw new ConflictError("no-questions");
  return { title: customQuizTitle(), questionIds, timeLimitSec: null, passPercent: null };
}
