import type { Article } from "./article";
import type { Diagnostic } from "../diagnostics";
import type { Bank, Question } from "./question";
import type { QuizSet } from "./quiz";
import type { Topic } from "./topic";

/** Everything the app reads: written by `content:build`, read by the server-only data layer. */
export type ContentSnapshot = {
  version: number;
  builtAt: string;
  topics: Topic[];
  banks: Bank[];
  questions: Question[];
  articles: Article[];
  quizzes: QuizSet[];
  errors: Diagnostic[];
  warnings: Diagnostic[];
};
