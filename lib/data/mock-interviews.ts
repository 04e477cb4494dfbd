import "server-only";
import type { Lang } from "../content/schemas/common";
import { mockPool, type MockScope } from "../coach/mock-plan";
import { questionAppearedAt } from "../coach/mock-clock";
import { prisma } from "../db/client";
import {
  currentQuestionId,
  findOwnMock,
  listFinishedMocks,
  listUnfinishedMocks,
  type MockRecord,
} from "../mock-interviews/mock-record";
import { mockReport } from "../mock-interviews/report";
import { questionIn } from "../quiz/content-source";
import { currentProfileId } from "../session/profile";
import { quizContent } from "./quiz-content";
import { getSnapshot } from "./snapshot";

/** What the setup form offers: each topic and quiz set with how many questions a round could ask from it. */
export function mockSetupOptions(lang: Lang) {
  const content = quizContent();
  const s = getSnapshot();
  const count = (scope: MockScope) => mockPool(content.questions, scope, content.quizSet).length;
  return {
    topics: s.topics.map((t) => ({ id: t.id, name: t.name[lang], count: count({ topics: [t.id] }) })).filter((t) => t.count > 0),
    quizzes: s.quizzes
      .map((q) => ({ slug: q.slug, title: q.title[lang], count: count({ quiz: q.slug }) }))
      .filter((q) => q.count > 0),
  };
}

/** A round of the visitor's, or undefined (someone else's round does not exist for them). */
export async function getMyMock(mockId: string): Promise<MockRecord | undefined> {
  const profileId = await currentProfileId();
  return profileId ? findOwnMock(prisma, profileId, mockId) : undefined;
}

/** The question the runner shows now, with what it reveals after the answer is handed in. */
export function mockRunnerView(mock: MockRecord, uiLang: Lang, now = new Date()) {
  const questionId = currentQuestionId(mock);
  if (!questionId) return undefined;
  const found = quizContent().question(questionId);
  const shown = found && questionIn(found, uiLang);
  const c = shown?.content;
  return {
    position: mock.answers.length,
    /** The server's clock at render: the browser measures its own clock's offset from it. */
    serverNowMs: now.getTime(),
    total: mock.questionIds.length,
    appearedAtMs: questionAppearedAt(
      mock.startedAt,
      mock.answers.map((a) => a.answeredAt),
    ).getTime(),
    question: {
      id: questionId,
      lang: shown?.lang ?? uiLang,
      title: c?.title ?? questionId,
      promptHtml: c?.promptHtml ?? "",
      hintsHtml: c?.hintsHtml,
      answerHtml: c?.answerHtml,
      solutionHtml: c?.solutionHtml,
      explanationHtml: c?.explanationHtml,
      points: (c?.keyPoints ?? []).map(({ html, must, weight }) => ({ html, must, weight })),
      features: c?.features ?? { math: false, code: false, mermaid: false },
    },
  };
}

/** The report of a round, with explainer links in the interface language. */
export function mockReportView(mock: MockRecord, uiLang: Lang) {
  return mockReport(quizContent(), getSnapshot().articles, mock, uiLang);
}

/** How a round's scope reads: its topics' names, or its quiz set's title. */
export function mockScopeLabel(scope: MockScope, lang: Lang): string {
  const s = getSnapshot();
  if ("quiz" in scope) return s.quizzes.find((q) => q.slug === scope.quiz)?.title[lang] ?? scope.quiz;
  return scope.topics.map((id) => s.topics.find((t) => t.id === id)?.name[lang] ?? id).join(lang === "zh" ? "、" : ", ");
}

export const MOCK_HISTORY_COUNT = 20;

/** The visitor's rounds for the dashboard: finished ones (date, scope, questions, score) and any under way. */
export async function myMockHistory(lang: Lang) {
  const profileId = await currentProfileId();
  if (!profileId) return { finished: [], unfinished: [] };
  const [finished, unfinished] = await Promise.all([
    listFinishedMocks(prisma, profileId, MOCK_HISTORY_COUNT),
    listUnfinishedMocks(prisma, profileId, 3),
  ]);
  return {
    finished: finished.map((mock) => ({
      id: mock.id,
      finishedAt: mock.finishedAt!,
      scope: mockScopeLabel(mock.scope, lang),
      questions: mock.questionIds.length,
      score: mockReport(quizContent(), [], mock, lang).score,
    })),
    unfinished: unfinished.map((mock) => ({
      id: mock.id,
      scope: mockScopeLabel(mock.scope, lang),
      answered: mock.answers.length,
      questions: mock.questionIds.length,
    })),
  };
}
