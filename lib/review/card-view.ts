import type { Lang } from "../content/schemas/common";
import type { Question } from "../content/schemas/question";
import { contentLangFor, type CardKey } from "./card-keys";
import { clozeCardHtml } from "./cloze-card";
import { intervalLabel } from "./interval-label";
import { emptyState, type CardState, type GradeValue, type Scheduler } from "./scheduler";

/** Everything the flashcard screen needs for one card, front and back. Plain data: it crosses to the client. */
export type CardView = CardKey & {
  type: Question["type"];
  difficulty: Question["difficulty"];
  lang: Lang;
  title: string;
  promptHtml: string;
  options?: { html: string; correct: boolean; explanationHtml?: string }[];
  booleanAnswer?: boolean;
  answerHtml?: string;
  explanationHtml?: string;
  solutionHtml?: string;
  hintsHtml?: string;
  /** For a cloze card: the accepted answers of its blank, for checking what the learner typed. */
  clozeAnswers?: string[];
  clozeHint?: string;
  features: { math: boolean; code: boolean; mermaid: boolean };
  isNew: boolean;
  /** The question changed since the learner last reviewed it. */
  updated: boolean;
  /** The interval each rating would give, as shown on its button ("1m", "3d"…). */
  intervals: Record<GradeValue, string>;
};

type Stored = CardState & { contentHash: string; contentLang: string };

export function cardView(question: Question, key: CardKey, stored: Stored | null, uiLang: Lang, scheduler: Scheduler, now: Date): CardView {
  const lang = contentLangFor(question, uiLang);
  const c = question.langs[lang]!;
  const state = stored ?? emptyState(now);
  const preview = scheduler.preview(state, now);
  const storedLang = stored && (stored.contentLang as Lang);
  const blank = c.clozes?.find((b) => b.index === key.clozeIndex);
  return {
    ...key,
    type: question.type,
    difficulty: question.difficulty,
    lang,
    title: c.title,
    promptHtml: question.type === "cloze" ? clozeCardHtml(c.promptHtml, key.clozeIndex) : c.promptHtml,
    options: c.options?.map(({ html, correct, explanationHtml }) => ({ html, correct, explanationHtml })),
    booleanAnswer: c.booleanAnswer,
    answerHtml: c.answerHtml,
    explanationHtml: c.explanationHtml,
    solutionHtml: c.solutionHtml,
    hintsHtml: c.hintsHtml,
    clozeAnswers: blank && c.clozes!.filter((b) => b.index === key.clozeIndex).flatMap((b) => b.answers),
    clozeHint: blank?.hint,
    features: c.features,
    isNew: !stored || stored.reps === 0,
    // A card never reviewed (queued, not yet rated) has nothing to compare against.
    updated: !!stored && stored.reps > 0 && !!storedLang && question.langs[storedLang]?.hash !== stored.contentHash,
    intervals: {
      1: intervalLabel(now, preview[1], uiLang),
      2: intervalLabel(now, preview[2], uiLang),
      3: intervalLabel(now, preview[3], uiLang),
      4: intervalLabel(now, preview[4], uiLang),
    },
  };
}
