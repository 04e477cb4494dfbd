import type { QuestionContent, QuestionType } from "../content/schemas/question";
import { InvalidInputError } from "../errors";
import { matchesAnswer } from "./answer-match";
import type { QuizResponse, SelfGrade } from "./response";

/** How one answer did. `score` is what counts towards the quiz; the rest is what the learner is shown. */
export type Verdict = {
  /** Credit from 0 to 1; null while an open or code answer waits for the learner's own grade. */
  score: number | null;
  correct: boolean | null;
  /** Multiple choice: credit for the right picks minus the wrong ones, shown but not counted. */
  partial?: number;
  /** Cloze: whether each blank was right, in the order of the question's blanks. */
  blanks?: boolean[];
};

export type GradableContent = Pick<QuestionContent, "options" | "booleanAnswer" | "clozes">;

export const SELF_GRADE_SCORE: Record<SelfGrade, number> = { correct: 1, partial: 0.5, wrong: 0 };

function checkOption(index: number, count: number): void {
  if (index >= count)
    throw new InvalidInputError("response", `option ${index + 1} does not exist: this question has ${count} options`);
}

/**
 * Grades a response against one language's content of the question. A response of the wrong shape for the
 * question is refused rather than counted wrong: it is a broken request, not a learner's mistake.
 */
export function gradeResponse(
  type: QuestionType,
  content: GradableContent,
  response: QuizResponse,
  selfGrade?: SelfGrade,
): Verdict {
  if (response.type !== type)
    throw new InvalidInputError("response", `a ${type} question needs a ${type} answer, not ${response.type}`);
  switch (response.type) {
    case "single": {
      const options = content.options ?? [];
      checkOption(response.choice, options.length);
      const correct = options[response.choice]!.correct;
      return { score: correct ? 1 : 0, correct };
    }
    case "multiple": {
      const options = content.options ?? [];
      const picked = new Set(response.choices);
      for (const i of picked) checkOption(i, options.length);
      const rightCount = options.filter((o) => o.correct).length;
      let right = 0;
      let wrong = 0;
      options.forEach((o, i) => {
        if (!picked.has(i)) return;
        if (o.correct) right++;
        else wrong++;
      });
      const correct = right === rightCount && wrong === 0;
      return { score: correct ? 1 : 0, correct, partial: rightCount ? Math.max(0, (right - wrong) / rightCount) : 0 };
    }
    case "boolean": {
      const correct = response.value === content.booleanAnswer;
      return { score: correct ? 1 : 0, correct };
    }
    case "cloze": {
      const clozes = content.clozes ?? [];
      if (response.blanks.length !== clozes.length) {
        throw new InvalidInputError(
          "response",
          `this question has ${clozes.length} blanks, the answer filled ${response.blanks.length}`,
        );
      }
      // Case, surrounding and repeated spaces, and full-width forms do not matter (shared with flashcards).
      const blanks = clozes.map((c, i) => matchesAnswer(response.blanks[i]!, c.answers));
      const right = blanks.filter(Boolean).length;
      return { score: clozes.length ? right / clozes.length : 0, correct: right === clozes.length, blanks };
    }
    case "open":
    case "code":
      return selfGrade
        ? { score: SELF_GRADE_SCORE[selfGrade], correct: selfGrade === "correct" }
        : { score: null, correct: null };
  }
}

/** Open and code answers are graded by the learner, after seeing the model answer. */
export const isSelfGraded = (type: QuestionType): boolean => type === "open" || type === "code";
