import type { ClientQuestion } from "./client-question";
import type { Feedback } from "./feedback";
import type { QuizResponse } from "./response";

/** One question of an attempt as the browser gets it: feedback is present only once the learner may see it. */
export type QuestionState = {
  question: ClientQuestion;
  response?: QuizResponse;
  selfGrade?: string;
  feedback?: Feedback;
};
