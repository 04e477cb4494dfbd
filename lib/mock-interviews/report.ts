import type { Article } from "../content/schemas/article";
import type { Lang } from "../content/schemas/common";
import { pickLang } from "../content/pick-lang";
import { sectionLinkingTo } from "../coach/explainer-section";
import { answerCoverage, needsReview, roundScore } from "../coach/mock-score";
import type { Coverage, PointVerdict } from "../coach/point-verdicts";
import { questionIn, type QuizContent } from "../quiz/content-source";
import type { MockAnswer, MockRecord } from "./mock-record";

export type Explainer = { slug: string; lang: Lang; title: string; section?: string };

export type ReportRow = {
  questionId: string;
  /** Undefined when the question was retired since: the answer is still shown. */
  question?: {
    lang: Lang;
    title: string;
    promptHtml: string;
    points: { html: string; must: boolean; weight: number }[];
    /** What the page must load to show its points (math, code). */
    features: { math: boolean; code: boolean; mermaid: boolean };
  };
  answer?: MockAnswer;
  /** The verdict of each point, in the points' order (missing for a question never answered). */
  verdicts: PointVerdict[];
  coverage?: Coverage;
  missed: boolean;
  explainers: Explainer[];
};

export type MockReport = { rows: ReportRow[]; score: number; totalSeconds: number; missed: string[] };

/** Where each question is explained: the articles that list it, at the section that cites it when one does. */
function explainersOf(articles: readonly Article[], questionId: string, uiLang: Lang): Explainer[] {
  return articles
    .filter((a) => a.related.includes(questionId))
    .flatMap((a) => {
      const picked = pickLang(a.langs, uiLang);
      if (!picked) return [];
      const section = sectionLinkingTo(picked.value.html, picked.value.toc, questionId);
      return [{ slug: a.slug, lang: picked.lang, title: picked.value.title, ...(section && { section }) }];
    });
}

/** The report of a round: each question with its answer, verdicts and coverage, and the round's score. */
export function mockReport(
  content: QuizContent,
  articles: readonly Article[],
  mock: MockRecord,
  uiLang: Lang,
): MockReport {
  const rows = mock.questionIds.map((questionId): ReportRow => {
    const answer = mock.answers.find((a) => a.questionId === questionId);
    const found = content.question(questionId);
    // Shown in the language it was answered in, so the points read as the candidate ticked them.
    const shown = found && questionIn(found, answer?.lang ?? uiLang);
    const points = shown?.content.keyPoints?.map(({ html, must, weight }) => ({ html, must, weight }));
    const coverage = answer && answerCoverage(points, answer.verdicts);
    return {
      questionId,
      question: shown && {
        lang: shown.lang,
        title: shown.content.title,
        promptHtml: shown.content.promptHtml,
        points: points ?? [],
        features: shown.content.features,
      },
      answer,
      verdicts: answer?.verdicts ?? [],
      coverage,
      missed: needsReview(coverage),
      explainers: explainersOf(articles, questionId, uiLang),
    };
  });
  return {
    rows,
    score: roundScore(rows.map((r) => r.coverage)),
    totalSeconds: mock.answers.reduce((sum, a) => sum + (a.seconds ?? 0), 0),
    missed: rows.filter((r) => r.missed).map((r) => r.questionId),
  };
}
