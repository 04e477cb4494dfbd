"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link.client";
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { cardKeyString } from "@/lib/review/card-keys";
import type { CardView } from "@/lib/review/card-view";
import type { QueueCounts } from "@/lib/review/queue";
import type { GradeValue } from "@/lib/review/scheduler";
import type { ReviewScope } from "@/lib/review/scope";
import { KatexStyles } from "../KatexStyles";
import { MermaidDiagrams } from "../MermaidDiagrams.client";
import { RenderedHtml } from "../RenderedHtml";
import { htmlLang, SideBySide } from "../SideBySide";
import { CardAnswerInput, type Attempt } from "./CardAnswerInput.client";
import type { PointVerdict } from "@/lib/coach/point-verdicts";
import type { ReviewAnswer } from "@/lib/local-review/review-answer";
import { CardCheck } from "./CardCheck.client";

type Props = {
  card: CardView | undefined;
  /** Changes with every rating and undo: the card on screen is a new turn even when the same card comes back. */
  turn: number;
  counts: QueueCounts;
  canUndo: boolean;
  /** When nothing is due now, the time a learning card comes back today. */
  comeBackAt: Date | undefined;
  onRate: (rating: GradeValue, answer?: ReviewAnswer) => void;
  onUndo: () => void;
  scope: ReviewScope;
  typeLabels: Record<string, string>;
  newLimit: number;
  diagramError: string;
};

const EMPTY: Attempt = { picked: [], typed: "" };

// True once React runs in the browser (false while the server renders): the idiom for "is hydrated".
const noSubscription = () => () => {};
const useHydrated = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

/**
 * isComposing: a Chinese IME's Enter confirms a candidate, it must not reveal the card. A checkbox is not typing:
 * with a key point ticked, 1–4 still rate.
 */
const isTyping = (e: KeyboardEvent) =>
  e.isComposing ||
  (e.target instanceof HTMLElement &&
    (e.target.isContentEditable ||
      ["TEXTAREA", "SELECT"].includes(e.target.tagName) ||
      (e.target instanceof HTMLInputElement && !["checkbox", "radio"].includes(e.target.type))));

/**
 * One flashcard at a time: reveal, rate, undo, by pointer or keyboard. It only shows and reports: the review engine
 * applies a rating on the device at once, so the next card is here before the key is released.
 */
export function ReviewSession(props: Props) {
  const { card, counts, canUndo, onRate, onUndo, scope, typeLabels, newLimit, diagramError } = props;
  const t = useTranslations("review");
  const tq = useTranslations("question");
  const tl = useTranslations("ui.langName");
  const [revealed, setRevealed] = useState(false);
  const [attempt, setAttempt] = useState<Attempt>(EMPTY);
  const [ticked, setVerdicts] = useState<PointVerdict[]>([]);
  const [notice, setNotice] = useState<string>();
  // The keyboard help is true only once the keys work: until the page is interactive it keeps its place unseen.
  const hydrated = useHydrated();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const goodRef = useRef<HTMLButtonElement | null>(null);
  const shown = card && `${cardKeyString(card)}@${props.turn}`;
  const [lastShown, setLastShown] = useState(shown);
  // A new card on screen starts face down with an empty answer (state reset during render, React's documented idiom).
  if (shown !== lastShown) {
    setLastShown(shown);
    setRevealed(false);
    setAttempt(EMPTY);
    setVerdicts(card?.keyPoints?.map(() => "missing") ?? []);
  }
  useEffect(() => headingRef.current?.focus(), [shown]);
  // Nothing ticked yet on a card with key points (also the first card, which no reset has run for).
  const pointCount = card?.keyPoints?.length ?? 0;
  const verdicts = useMemo<PointVerdict[]>(
    () => (ticked.length === pointCount ? ticked : Array.from({ length: pointCount }, () => "missing")),
    [pointCount, ticked],
  );

  const reveal = useCallback(() => {
    setRevealed(true);
    // A card with key points focuses its checklist instead (CardCheck): ticking comes before rating.
    if (!card?.keyPoints) requestAnimationFrame(() => goodRef.current?.focus());
  }, [card]);

  const rate = useCallback(
    (rating: GradeValue) => {
      if (!card) return;
      setNotice(undefined);
      onRate(rating, card.keyPoints && { text: attempt.typed.trim(), verdicts });
    },
    [attempt.typed, card, onRate, verdicts],
  );

  const undo = useCallback(() => {
    if (!canUndo) return;
    onUndo();
    setNotice(t("undone"));
  }, [canUndo, onUndo, t]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e) || e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
      const onControl =
        e.target instanceof HTMLElement && ["BUTTON", "A", "SUMMARY", "INPUT"].includes(e.target.tagName);
      if (!revealed && card && (e.key === " " || e.key === "Enter") && !onControl) {
        e.preventDefault();
        reveal();
      } else if (revealed && ["1", "2", "3", "4"].includes(e.key)) {
        e.preventDefault();
        rate(Number(e.key) as GradeValue);
      } else if (e.key === "z" || e.key === "Z") {
        e.preventDefault();
        undo();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [card, rate, reveal, revealed, undo]);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div role="status" aria-live="polite" className="space-y-0.5">
          <p className="text-lg font-semibold" data-testid="due-count">
            {t("counts", { due: counts.dueToday })}
          </p>
          <p className="text-sm text-stone-700 dark:text-stone-300">
            {t("breakdown", { new: counts.newLeft, learning: counts.learning, review: counts.review })}
          </p>
        </div>
        {canUndo && (
          <button
            type="button"
            onClick={undo}
            aria-keyshortcuts="z"
            className="rounded-md border border-stone-400 px-3 py-1.5 text-sm font-medium hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-amber-600 disabled:opacity-60 dark:border-stone-600 dark:hover:bg-stone-800"
          >
            {t("undo")}
          </button>
        )}
      </div>
      <p aria-live="assertive" className="sr-only">
        {notice}
      </p>
      {card ? (
        <article
          key={cardKeyString(card)}
          lang={htmlLang(card.lang)}
          data-revealed={revealed}
          className="space-y-5 rounded-xl border border-stone-200 p-5 shadow-sm dark:border-stone-800"
        >
          {card.features.math && <KatexStyles />}
          {card.features.mermaid && <MermaidDiagrams errorLabel={diagramError} />}
          <div className="flex flex-wrap gap-2 text-xs font-medium">
            <span className="rounded bg-stone-100 px-2 py-0.5 text-stone-800 dark:bg-stone-800 dark:text-stone-200">
              {typeLabels[card.type]}
            </span>
            {card.isNew && (
              <span className="rounded bg-sky-100 px-2 py-0.5 text-sky-900 dark:bg-sky-900/40 dark:text-sky-100">
                {t("new")}
              </span>
            )}
            {card.updated && (
              <span className="rounded bg-amber-100 px-2 py-0.5 text-amber-900 dark:bg-amber-900/40 dark:text-amber-100">
                {t("updated")}
              </span>
            )}
            {card.clozeIndex > 0 && (
              <span className="rounded bg-stone-100 px-2 py-0.5 text-stone-800 dark:bg-stone-800 dark:text-stone-200">
                {t("blank", { index: card.clozeIndex })}
              </span>
            )}
          </div>
          <h2 ref={headingRef} tabIndex={-1} className="text-xl font-bold leading-tight focus:outline-none">
            {card.title}
          </h2>
          {card.second ? (
            <>
              <p lang={htmlLang(card.second.lang)} className="font-semibold text-stone-700 dark:text-stone-300">
                {card.second.title}
              </p>
              <SideBySide
                columns={[card, card.second].map((copy) => ({
                  lang: copy.lang,
                  label: tl(copy.lang),
                  body: <RenderedHtml html={copy.promptHtml} />,
                }))}
              />
            </>
          ) : (
            <RenderedHtml html={card.promptHtml} />
          )}
          {card.hintsHtml && (
            <details className="rounded-lg bg-stone-50 p-3 dark:bg-stone-900">
              <summary className="cursor-pointer font-medium">{tq("hints")}</summary>
              <RenderedHtml html={card.hintsHtml} className="mt-2" />
            </details>
          )}
          <CardAnswerInput card={card} attempt={attempt} onChange={setAttempt} revealed={revealed} onSubmit={reveal} />
          {!revealed ? (
            <button
              type="button"
              onClick={reveal}
              aria-keyshortcuts="Space Enter"
              className="rounded-md bg-amber-500 px-4 py-2 font-medium text-stone-950 shadow-sm hover:bg-amber-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600 disabled:opacity-60"
            >
              {t("showAnswer")}
            </button>
          ) : (
            <CardCheck
              card={card}
              typed={attempt.typed}
              verdicts={verdicts}
              onVerdicts={setVerdicts}
              onRate={rate}
              firstRef={(el) => void (goodRef.current = el)}
            />
          )}
          <p className={`text-xs text-stone-600 dark:text-stone-400 ${hydrated ? "" : "invisible"}`}>{t("keyboard")}</p>
        </article>
      ) : (
        <section className="space-y-3 rounded-xl border border-emerald-300 bg-emerald-50 p-6 dark:border-emerald-800 dark:bg-emerald-950">
          <h2 ref={headingRef} tabIndex={-1} className="text-xl font-semibold focus:outline-none">
            {t("doneTitle")}
          </h2>
          <p>{t("doneBody")}</p>
          {props.comeBackAt && (
            <p>
              {t("comeBack", {
                time: props.comeBackAt.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }),
              })}
            </p>
          )}
          <p className="text-sm">{t("newLimitReached", { limit: newLimit })}</p>
          <p className="flex gap-4 text-sm">
            {Object.keys(scope).length > 0 && (
              <Link className="text-amber-800 underline dark:text-amber-300" href="/review">
                {t("reviewAll")}
              </Link>
            )}
            <Link className="text-amber-800 underline dark:text-amber-300" href="/settings">
              {t("settings")}
            </Link>
          </p>
        </section>
      )}
    </div>
  );
}
