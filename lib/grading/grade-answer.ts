import { randomUUID } from "node:crypto";
import { z } from "zod";
import { precheckAnswer } from "../coach/answer-prechecks";
import { gradingMessages } from "../coach/grader-prompt";
import { parseGraderReply } from "../coach/grader-verdicts";
import { coverageOf } from "../coach/point-verdicts";
import { LangSchema, type Lang } from "../content/schemas/common";
import type { Question } from "../content/schemas/question";
import type { Db } from "../db/types";
import { GraderDeclinedError, GraderFailedError, NotFoundError } from "../errors";
import { RESPONSE_LIMITS } from "../quiz/is-quiz-response";
import { studyDayStart } from "../review/study-day";
import { gradingsSince, resultOf, sha256, storedGrading, type GradingResult } from "./grading-rows";
import type { Grader } from "./provider";

/** Any answer a quiz keeps can be graded; the bound stops one request from sending a book to the model. */
export const MAX_ANSWER_CHARS = RESPONSE_LIMITS.text;

export const GradeAnswerInputSchema = z.strictObject({
  questionId: z.string().min(1).max(200),
  /** The language the learner sees the question in; an answer in the question's other language is graded in that one. */
  lang: LangSchema,
  answer: z.string().max(MAX_ANSWER_CHARS, `must be at most ${MAX_ANSWER_CHARS} characters`),
});
export type GradeAnswerInput = z.infer<typeof GradeAnswerInputSchema>;

export type GradeAnswerRequest = GradeAnswerInput & { profileId: string; now: Date };

const GRADED_TYPES: readonly Question["type"][] = ["open", "code"];

/**
 * The version to grade against, among those with key points: the answer's own language when the question is
 * written in it (content:check keeps both languages' key points parallel, so the verdicts line up with the
 * checklist the learner sees), else the one asked for, else the one there is.
 */
function versionFor(question: Question, langs: readonly Lang[], asked: Lang, answered: Lang | null) {
  const lang = answered && langs.includes(answered) ? answered : langs.includes(asked) ? asked : langs[0]!;
  return { lang, content: question.langs[lang]! };
}

/**
 * Grades one answer against its question's key points: the cheap checks, the daily limit, the model, the parser
 * and the score in code, then one stored row with the model's name. Every way of not grading is a typed error
 * (GraderDeclinedError before anything is sent, GraderFailedError after), never a partial or guessed grade.
 */
export async function gradeAnswer(
  db: Db,
  grader: Grader | null,
  content: { question(id: string): Question | undefined },
  request: GradeAnswerRequest,
  options: { signal?: AbortSignal } = {},
): Promise<GradingResult> {
  if (!grader) throw new GraderDeclinedError("not-configured");
  const question = content.question(request.questionId);
  if (!question || !GRADED_TYPES.includes(question.type)) throw new NotFoundError("question", request.questionId);
  const langs = (Object.keys(question.langs) as Lang[]).filter((l) => question.langs[l]?.keyPoints?.length);
  if (langs.length === 0) throw new GraderDeclinedError("no-key-points");

  const check = precheckAnswer({
    answer: request.answer,
    questions: langs.map((l) => question.langs[l]!.promptText),
    questionLangs: langs,
    isCode: question.type === "code",
  });
  if (check.reason) throw new GraderDeclinedError(check.reason);
  const { lang, content: version } = versionFor(question, langs, request.lang, check.lang);
  const points = version.keyPoints!;

  const messages = gradingMessages({
    lang,
    question: version.promptText,
    points: points.map((p) => p.text),
    answer: request.answer,
  });
  const model = grader.provider.model;
  const promptHash = sha256(JSON.stringify(messages));
  const known = await storedGrading(db, request.profileId, question.id, promptHash, model);
  if (known) return resultOf(known, true);

  const profile = await db.profile.findUniqueOrThrow({ where: { id: request.profileId }, select: { timeZone: true } });
  const used = await gradingsSince(db, request.profileId, studyDayStart(request.now, profile.timeZone));
  // Two requests racing past this count can exceed the limit by one each; the limit bounds cost, it is not a quota.
  if (used >= grader.dailyLimit) throw new GraderDeclinedError("daily-limit", { limit: grader.dailyLimit });

  const reply = await grader.provider.complete(messages, { signal: options.signal });
  const parsed = parseGraderReply(reply, points.length, request.answer);
  if (!parsed.ok) throw new GraderFailedError("malformed", parsed.malformed);
  const coverage = coverageOf(
    points,
    parsed.verdicts.map((v) => v.verdict),
  );
  const row = await db.answerGrading.create({
    data: {
      id: randomUUID(),
      profileId: request.profileId,
      questionId: question.id,
      lang,
      answerHash: sha256(request.answer),
      promptHash,
      model,
      verdicts: JSON.stringify(parsed.verdicts),
      score: coverage.score,
      missedMust: coverage.missedMust,
      createdAt: request.now,
    },
  });
  return resultOf(row, false);
}
