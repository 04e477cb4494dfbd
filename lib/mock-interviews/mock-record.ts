import { z } from "zod";
import { LangSchema, type Lang } from "../content/schemas/common";
import type { Db } from "../db/types";
import { NotFoundError } from "../errors";
import type { MockScope } from "../coach/mock-plan";
import { parseVerdicts } from "../coach/mock-score";
import type { PointVerdict } from "../coach/point-verdicts";

const ScopeSchema = z.union([z.strictObject({ topics: z.array(z.string()) }), z.strictObject({ quiz: z.string() })]);
const QuestionIdsSchema = z.array(z.string());

export type MockAnswer = {
  id: string;
  questionId: string;
  lang: Lang;
  text: string;
  verdicts: PointVerdict[];
  seconds: number | null;
  answeredAt: Date;
};

export type MockRecord = {
  id: string;
  scope: MockScope;
  questionIds: string[];
  perQuestionSec: number | null;
  enforced: boolean;
  startedAt: Date;
  finishedAt: Date | null;
  /** In the order given, which is the order asked: answers are only taken for the current question. */
  answers: MockAnswer[];
};

type Row = {
  id: string;
  scope: string;
  questionIds: string;
  perQuestionSec: number | null;
  enforced: boolean;
  startedAt: Date;
  finishedAt: Date | null;
  answers: {
    id: string;
    questionId: string;
    lang: string;
    text: string;
    verdicts: string;
    seconds: number | null;
    answeredAt: Date;
  }[];
};

function toRecord(row: Row): MockRecord {
  return {
    id: row.id,
    scope: ScopeSchema.parse(JSON.parse(row.scope)),
    questionIds: QuestionIdsSchema.parse(JSON.parse(row.questionIds)),
    perQuestionSec: row.perQuestionSec,
    enforced: row.enforced,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    answers: row.answers.map((a) => ({
      ...a,
      lang: LangSchema.catch("en").parse(a.lang),
      verdicts: parseVerdicts(a.verdicts),
    })),
  };
}

const withAnswers = { answers: { orderBy: [{ answeredAt: "asc" as const }, { id: "asc" as const }] } };

/** The learner's own mock interview, or undefined: another profile's round does not exist for them. */
export async function findOwnMock(db: Db, profileId: string, mockId: string): Promise<MockRecord | undefined> {
  const row = await db.mockInterview.findFirst({ where: { id: mockId, profileId }, include: withAnswers });
  return row ? toRecord(row) : undefined;
}

export async function requireOwnMock(db: Db, profileId: string, mockId: string): Promise<MockRecord> {
  const mock = await findOwnMock(db, profileId, mockId);
  if (!mock) throw new NotFoundError("mock-interview", mockId);
  return mock;
}

/** The learner's finished rounds, newest first: what the dashboard lists. */
export async function listFinishedMocks(db: Db, profileId: string, limit: number): Promise<MockRecord[]> {
  const rows = await db.mockInterview.findMany({
    where: { profileId, finishedAt: { not: null } },
    orderBy: { finishedAt: "desc" },
    take: limit,
    include: withAnswers,
  });
  return rows.map(toRecord);
}

/** The learner's rounds under way, newest first: the dashboard offers to carry on with them. */
export async function listUnfinishedMocks(db: Db, profileId: string, limit: number): Promise<MockRecord[]> {
  const rows = await db.mockInterview.findMany({
    where: { profileId, finishedAt: null },
    orderBy: { startedAt: "desc" },
    take: limit,
    include: withAnswers,
  });
  return rows.map(toRecord);
}

/** The question the round is on: the first one without an answer, or undefined when all are answered. */
export const currentQuestionId = (mock: Pick<MockRecord, "questionIds" | "answers">): string | undefined =>
  mock.questionIds.find((id) => !mock.answers.some((a) => a.questionId === id));
