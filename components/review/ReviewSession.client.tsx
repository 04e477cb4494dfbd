"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { cardKeyString, type CardKey } from "@/lib/review/card-keys";
import type { CardView } from "@/lib/review/card-view";
import type { QueueCounts } from "@/lib/review/queue";
import type { GradeValue } from "@/lib/review/scheduler";
import { togglePick } from "@/lib/review/option-keys";
import { KatexStyles } from "../KatexStyles";
import { MermaidDiagrams } from "../MermaidDiagrams.client";
import { RenderedHtml } from "../RenderedHtml";
import { htmlLang, SideBySide } from "../SideBySide";
import { CardAnswerInput, type Attempt } from "./CardAnswerInput.client";
import type { PointVerdict } from "@/lib/coach/point-verdicts";
import type { ReviewAnswer } from "@/lib/local-review/review-answer";
import { CardCheck } from "./CardCheck.client";
import { SessionProgress } from "./SessionProgress.client";
import { ShortcutSheet } from "./ShortcutSheet.client";
import { UndoToast, type ToastNotice } from "./UndoToast.client";
import { useSessionKeys } from "./use-session-keys";

/** On a phone the answer and rating controls stay at the bottom of the screen, however long the card. */
const BOTTOM_BAR =
  "max-sm:fixed max-sm:inset-x-0 max-sm:bottom-0 max-sm:z-20 max-sm:border-t max-sm:border-stone-300 max-sm:bg-white/95 max-sm:p-2 max-sm:backdrop-blur dark:max-sm:border-stone-700 dark:max-sm:bg-stone-950/95";

type Props = {
  card: CardView | undefined;
  /** Cards done this session, and done plus left today. */
  progress: { done: number; total: number };
  /** Changes with every rating and undo: the card on screen is a new turn even when the same card comes back. */
  turn: number;
  counts: QueueCounts;
  /** A deck's own words for what is left (instead of "N cards due today" and its breakdown). */
  countsText?: { main: string; detail: string };
  /** Why this card is in the deck ("Missed in a quiz"), shown with its type. */
  badges?: string[];
  canUndo: boolean;
  onRate: (rating: GradeValue, answer?: ReviewAnswer) => void;
  onUndo: () => void;
  /** Suspends or buries a card (it leaves the queue at once); `onRestore` unsuspends it again (the notice's Undo). */
  onHold: (key: CardKey, action: "suspend" | "bury") => void;
  onRestore: (key: CardKey) => void;
  typeLabels: Record<string, string>;
  diagramError: string;
  /** What shows when no card is left now: the session summary. */
  done: ReactNode;
};

const RATING_KEYS = { 1: "again", 2: "hard", 3: "good", 4: "easy" } as const;

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
 * One flashcard at a time: reveal, rate, undo, by pointer or keyboard. It only shows and reports: the review engine
 * applies a rating on the device at once, so the next card is here before the key is released.
 */
export function ReviewSession(props: Props) {
  const { card, counts, canUndo, onRate, onUndo, onHold, onRestore, typeLabels, diagramError } = props;
  const t = useTranslations("review");
  const tq = useTranslations("question");
  const tl = useTranslations("ui.langName");
  const ts = useTranslations("reviewSession");
  const tc = useTranslations("cards");
  const [revealed, setRevealed] = useState(false);
  const [attempt, setAttempt] = useState<Attempt>(EMPTY);
  const [ticked, setVerdicts] = useState<PointVerdict[]>([]);
  const [notice, setNotice] = useState<ToastNotice>();
  const sheetRef = useRef<HTMLDialogElement>(null);
  const openSheet = useCallback(() => sheetRef.current?.showModal(), []);
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
      setNotice({ kind: "rated", rating: t(RATING_KEYS[rating]) });
      onRate(rating, card.keyPoints && { text: attempt.typed.trim(), verdicts });
    },
    [attempt.typed, card, onRate, t, verdicts],
  );

  const undo = useCallback(() => {
    if (!canUndo) return;
    onUndo();
    setNotice({ kind: "undone" });
  }, [canUndo, onUndo]);

  const hold = useCallback(
    (action: "suspend" | "bury") => {
      if (!card) return;
      const key = { questionId: card.questionId, clozeIndex: card.clozeIndex };
      onHold(key, action);
      const undo = () => {
        onRestore(key);
        setNotice({ kind: "restored" });
      };
      setNotice({ kind: action === "suspend" ? "suspended" : "buried", undo });
    },
    [card, onHold, onRestore],
  );

  // Before the answer is shown, A, B, C … or 1, 2, 3 … pick an option of a choice card (after it, 1–4 rate).
  const optionCount =
    card?.type === "boolean" ? 2 : card?.type === "cloze" || card?.keyPoints ? 0 : (card?.options?.length ?? 0);
  const pickByKey = useCallback(
    (index: number) => setAttempt((a) => ({ ...a, picked: togglePick(a.picked, index, card?.type === "multiple") })),
    [card?.type],
  );

  const dismiss = useCallback(() => setNotice(undefined), []);
  useSessionKeys({
    card: !!card,
    revealed,
    optionCount,
    sheet: sheetRef,
    openSheet,
    reveal,
    pick: pickByKey,
    rate,
    undo,
    hold,
    dismiss: notice ? dismiss : undefined,
  });

  return (
    <div className={`space-y-6 ${card ? "max-sm:pb-40" : ""}`}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div role="status" aria-live="polite" className="space-y-0.5">
          <p className="text-lg font-semibold" data-testid="due-count">
            {props.countsText?.main ?? t("counts", { due: counts.dueToday })}
          </p>
          <p className="text-sm text-stone-700 dark:text-stone-300">
            {props.countsText?.detail ??
              t("breakdown", { new: counts.newLeft, learning: counts.learning, review: counts.review })}
          </p>
        </div>
        <SessionProgress done={props.progress.done} total={props.progress.total} />
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
      <UndoToast notice={notice} onDismiss={dismiss} />
      <ShortcutSheet dialogRef={sheetRef} />
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
            {props.badges?.map((badge) => (
              <span
                key={badge}
                className="rounded bg-rose-100 px-2 py-0.5 text-rose-900 dark:bg-rose-900/40 dark:text-rose-100"
              >
                {badge}
              </span>
            ))}
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
            <div className={BOTTOM_BAR}>
              <button
                type="button"
                onClick={reveal}
                aria-keyshortcuts="Space Enter"
                className="rounded-md bg-amber-500 px-4 py-2 font-medium text-stone-950 shadow-sm hover:bg-amber-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600 disabled:opacity-60 max-sm:w-full"
              >
                {t("showAnswer")}
              </button>
            </div>
          ) : (
            <CardCheck
              card={card}
              typed={attempt.typed}
              verdicts={verdicts}
              onVerdicts={setVerdicts}
              onRate={rate}
              firstRef={(el) => void (goodRef.current = el)}
              barClassName={BOTTOM_BAR}
            />
          )}
          <div
            className={`flex flex-wrap items-center justify-between gap-2 text-xs text-stone-600 dark:text-stone-400 ${hydrated ? "" : "invisible"}`}
          >
            <p>{t("keyboard")}</p>
            <div role="group" aria-label={tc("cardActions")} className="flex flex-wrap gap-2">
              {(["bury", "suspend"] as const).map((action) => (
                <button
                  key={action}
                  type="button"
                  onClick={() => hold(action)}
                  aria-keyshortcuts={action === "bury" ? "-" : "@"}
                  className="rounded-md border border-stone-400 px-2 py-1 font-medium text-stone-800 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-amber-600 dark:border-stone-600 dark:text-stone-200 dark:hover:bg-stone-800"
                >
                  {tc(action)}
                </button>
              ))}
            </div>
            <button
              type="button"
              onClick={openSheet}
              aria-keyshortcuts="?"
              aria-haspopup="dialog"
              className="rounded-md border border-stone-400 px-2 py-1 font-medium text-stone-800 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-amber-600 dark:border-stone-600 dark:text-stone-200 dark:hover:bg-stone-800"
            >
              {ts("shortcutsButton")} <kbd aria-hidden="true">?</kbd>
            </button>
          </div>
        </article>
      ) : (
        props.done
      )}
    </div>
  );
}
