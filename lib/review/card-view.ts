import { combinedFeatures } from "../content/combined-features";
import type { Lang } from "../content/schemas/common";
import type { Question } from "../content/schemas/question";
import type { CardContent, CardKeyPoint } from "./card-content";
import type { ContentDisplay } from "../preferences/content-lang";
import { contentLangFor } from "../content/pick-lang";
import type { CardKey } from "./card-keys";
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
  /** Open and code cards: what to tick after answering, in the main language. */
  keyPoints?: CardKeyPoint[];
  /** For a cloze card: the accepted answers of its blank, for checking what the learner typed. */
  clozeAnswers?: string[];
  clozeHint?: string;
  features: { math: boolean; code: boolean; mermaid: boolean };
  isNew: boolean;
  /** The question changed since the learner last reviewed it. */
  updated: boolean;
  /** The interval each rating would give, as shown on its button ("1m", "3d"…). */
  intervals: Record<GradeValue, string>;
  /** The other language's copy, when the learner reads both side by side (and the question has it). */
  second?: CardCopy;
};

/** The text of a card in one language: what is shown beside the main copy in "both languages" mode. */
export type CardCopy = Pick<
  CardView,
  "lang" | "title" | "promptHtml" | "booleanAnswer" | "answerHtml" | "explanationHtml" | "solutionHtml"
>;

type Stored = CardState & { contentHash: string; contentLang: string };

export function cardView(
  question: CardContent,
  key: CardKey,
  stored: Stored | null,
  uiLang: Lang,
  scheduler: Scheduler,
  now: Date,
  display: ContentDisplay = { primary: uiLang },
): CardView {
  const lang = contentLangFor(question, display.primary);
  const other = display.second && display.second !== lang ? question.langs[display.second] : undefined;
  const promptOf = (html: string) => (question.type === "cloze" ? clozeCardHtml(html, key.clozeIndex) : html);
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
    promptHtml: promptOf(c.promptHtml),
    options: c.options?.map(({ html, correct, explanationHtml }) => ({ html, correct, explanationHtml })),
    booleanAnswer: c.booleanAnswer,
    answerHtml: c.answerHtml,
    explanationHtml: c.explanationHtml,
    solutionHtml: c.solutionHtml,
    hintsHtml: c.hintsHtml,
    keyPoints: c.keyPoints?.map(({ html, must, weight }) => ({ html, must, weight })),
    clozeAnswers: blank && c.clozes!.filter((b) => b.index === key.clozeIndex).flatMap((b) => b.answers),
    clozeHint: blank?.hint,
    // Side by side, the other copy is on screen too.
    features: other && display.second ? combinedFeatures([c.features, other.features]) : c.features,
    isNew: !stored || stored.reps === 0,
    // A card never reviewed (queued, not yet rated) has nothing to compare against.
    updated: !!stored && stored.reps > 0 && !!storedLang && question.langs[storedLang]?.hash !== stored.contentHash,
    intervals: {
      1: intervalLabel(now, preview[1], uiLang),
      2: intervalLabel(now, preview[2], uiLang),
      3: intervalLabel(now, preview[3], uiLang),
      4: intervalLabel(now, preview[4], uiLang),
    },
    second:
      other && display.second
        ? {
            lang: display.second,
            title: other.title,
            promptHtml: promptOf(other.promptHtml),
            booleanAnswer: other.booleanAnswer,
            answerHtml: other.answerHtml,
            explanationHtml: other.explanationHtml,
            solutionHtml: other.solutionHtml,
          }
        : undefined,
  };
}
