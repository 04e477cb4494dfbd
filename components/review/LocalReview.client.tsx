"use client";

import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useState } from "react";
import { Link } from "@/components/navigation/Link.client";
import { KatexStyles } from "../KatexStyles";
import type { Lang } from "@/lib/content/schemas/common";
import { cardKeyString, type CardKey } from "@/lib/review/card-keys";
import { catalogScopeLabel } from "@/lib/review/catalog";
import { cardView } from "@/lib/review/card-view";
import { createPlacer } from "@/lib/review/placer";
import { createScheduler, type GradeValue, type Scheduler } from "@/lib/review/scheduler";
import { MISTAKES_WINDOW_DAYS } from "@/lib/review/mistakes";
import { parseReviewScope, questionsInScope } from "@/lib/review/scope";
import { caughtUpReason, nextDueAfter, sessionTally } from "@/lib/review/session-summary";
import { pickLang } from "@/lib/content/pick-lang";
import { useContentDisplay } from "./use-content-display";
import { useReviewEngine } from "./use-review-engine";
import { useReviewQueue } from "./use-review-queue";
import type { ReviewAnswer } from "@/lib/local-review/review-answer";
import { useNow } from "./use-now";
import { ReviewSession } from "./ReviewSession.client";
import { PlanLine } from "./PlanLine.client";
import { SyncStatus } from "./SyncStatus.client";
import { SessionSummary } from "./SessionSummary.client";
import { MistakesEmpty } from "./MistakesEmpty.client";

type Props = { uiLang: Lang; typeLabels: Record<string, string>; diagramError: string };

const LINK = "text-amber-800 underline dark:text-amber-300";

/**
 * Each address is a session of its own: following a link from one scope to another (the summary's "Review my
 * mistakes") starts a new one, with its own start time, progress and summary.
 */
export function LocalReview(props: Props) {
  const params = useSearchParams();
  return <ScopedReview key={params.toString()} {...props} />;
}

/**
 * The review screen, local-first: the queue is built in the browser from the device's copy of the learner's cards,
 * a rating changes that copy at once and waits in the outbox until the server has it (see README, "Flashcards
 * offline"). The page around it is prerendered; nothing here waits for the network once the device has its data.
 */
function ScopedReview({ uiLang, typeLabels, diagramError }: Props) {
  const t = useTranslations("review");
  const tc = useTranslations("cards");
  const tm = useTranslations("mistakes");
  const params = useSearchParams();
  const scope = useMemo(() => parseReviewScope(params.entries()), [params]);
  const { engine, snapshot } = useReviewEngine();
  // Opened by a client-side navigation, the engine's download may predate a quiz just answered: fetch it again.
  useEffect(() => engine.refresh(), [engine]);
  const display = useContentDisplay(uiLang);
  const [turn, setTurn] = useState(0);
  const { catalog, local, server } = snapshot;
  const [comeBackAt, setComeBackAt] = useState<Date>();
  const now = useNow(turn, comeBackAt);
  // This visit is the session: its progress and summary count the ratings made since the page opened.
  const [sessionStart] = useState(() => new Date());
  // New cards the learner asked for beyond today's limit ("Learn more" at the end of a session), on this visit.
  const [extraNew, setExtraNew] = useState(0);
  const newLimit = server.settings.dailyNewLimit + extraNew;

  const { deckMode, deck, queue } = useReviewQueue({ catalog, local, server, scope, sessionStart, newLimit, now });
  const tally = useMemo(() => sessionTally(local.today, sessionStart), [local.today, sessionStart]);
  if (queue?.comeBackAt?.getTime() !== comeBackAt?.getTime()) setComeBackAt(queue?.comeBackAt);
  const upcoming = queue?.upcoming;
  useEffect(() => {
    if (upcoming) void engine.content.prefetch(upcoming);
  }, [engine, upcoming]);

  // After an undo the card taken back is shown again, whatever else is due, as the learner expects.
  const [takenBack, setTakenBack] = useState<CardKey>();
  const next = takenBack ?? queue?.next;
  const content = next && engine.content.get(next.questionId);
  // KaTeX's stylesheet is fetched as soon as one of the next few cards shows math, not when that card is rated to:
  // React holds a card back until a stylesheet it needs has loaded, which made that one rating slow.
  const mathSoon = upcoming
    ?.slice(0, 5)
    .some(({ id }) => Object.values(engine.content.get(id)?.langs ?? {}).some((copy) => copy?.features.math));
  const card = useMemo(() => {
    if (!next || !content) return undefined;
    const stored = local.cards.get(cardKeyString(next));
    const base = createScheduler(server.settings.desiredRetention, server.schedule?.weights);
    // The buttons show the placed intervals: the same inputs the rating will be placed with (local-state.ts).
    const placer = createPlacer(
      Array.from(local.cards.values(), (c) => c.due),
      server.schedule?.plans,
    );
    const scheduler: Scheduler = {
      ...base,
      preview: (c, at) => base.preview(c, at, placer.placementFor(next.questionId, at)),
    };
    return cardView(content, next, stored ?? null, uiLang, scheduler, now, display);
  }, [content, display, local, next, now, server.settings.desiredRetention, server.schedule, uiLang]);

  const onRate = useCallback(
    (rating: GradeValue, answer?: ReviewAnswer) => {
      if (!card) return;
      const hash = content?.langs[card.lang]?.hash ?? "";
      void engine.rate(card, rating, { lang: card.lang, hash }, new Date(), answer);
      setTakenBack(undefined);
      setTurn((n) => n + 1);
    },
    [card, content, engine],
  );
  const last = queue?.last;
  const onUndo = useCallback(() => {
    if (!last) return;
    void engine.undo(last.id, new Date());
    setTakenBack({ questionId: last.questionId, clozeIndex: last.clozeIndex });
    setTurn((n) => n + 1);
  }, [engine, last]);

  const onHold = useCallback(
    (key: CardKey, action: "suspend" | "bury") => {
      void engine.act([key], action, new Date());
      setTakenBack(undefined);
      setTurn((n) => n + 1);
    },
    [engine],
  );
  const onRestore = useCallback(
    (key: CardKey) => {
      void engine.act([key], "unsuspend", new Date());
      // The card put back is shown again at once, as a rating taken back is.
      setTakenBack(key);
      setTurn((n) => n + 1);
    },
    [engine],
  );

  const inScope = useMemo(
    () =>
      new Set(
        deckMode
          ? deck.map((c) => c.questionId)
          : catalog && scope
            ? (questionsInScope(catalog, scope) ?? []).map((q) => q.id)
            : [],
      ),
    [catalog, scope, deckMode, deck],
  );
  const label = catalog && scope ? catalogScopeLabel(catalog, scope, uiLang) : undefined;
  const title = (
    <h1 className="text-2xl font-bold">
      {deckMode ? tm("title") : label ? t("titleScoped", { scope: label }) : t("title")}
    </h1>
  );
  const why = next && deck.find((c) => c.questionId === next.questionId && c.clozeIndex === next.clozeIndex);
  const notice = (text: string) => (
    <>
      {title}
      <p className="rounded-lg border border-stone-300 p-4 dark:border-stone-700">{text}</p>
    </>
  );
  if (!snapshot.ready) return notice(t("loading"));
  if (snapshot.needsConnection) return notice(t("needsConnection"));
  if (!queue)
    return (
      <>
        {notice(scope?.deck !== undefined ? tm("unknownDeck", { deck: scope.deck }) : t("notFound"))}
        <Link className="text-amber-800 underline dark:text-amber-300" href="/review">
          {t("reviewAll")}
        </Link>
      </>
    );
  return (
    <>
      {title}
      {mathSoon && <KatexStyles />}
      <SyncStatus status={snapshot.status} />
      <Link href="/cards" className="inline-block text-sm text-amber-800 underline dark:text-amber-300">
        {tc("browserLink")}
      </Link>
      {catalog && <PlanLine plans={server.schedule?.plans} catalog={catalog} cards={local.cards} now={now} />}
      {!deckMode && deck.length > 0 && (
        <p>
          <Link className={LINK} href="/review?deck=mistakes">
            {tm("link", { count: deck.length })}
          </Link>
        </p>
      )}
      {deckMode && deck.length === 0 ? (
        <MistakesEmpty />
      ) : next && !content ? (
        <p role="status" className="rounded-lg border border-stone-300 p-4 dark:border-stone-700">
          {snapshot.status.online ? t("loadingCard") : t("cardOffline")}
        </p>
      ) : (
        <ReviewSession
          card={card}
          turn={turn}
          counts={queue.counts}
          countsText={
            deckMode
              ? {
                  main: tm("count", { count: queue.counts.dueToday }),
                  detail: tm("what", { days: MISTAKES_WINDOW_DAYS }),
                }
              : undefined
          }
          badges={deckMode ? why?.sources.map((source) => tm(source === "quiz" ? "fromQuiz" : "fromAgain")) : undefined}
          progress={{ done: tally.reviewed, total: tally.reviewed + queue.counts.dueToday }}
          canUndo={!!last}
          onRate={onRate}
          onUndo={onUndo}
          onHold={onHold}
          onRestore={onRestore}
          typeLabels={typeLabels}
          diagramError={diagramError}
          done={
            <SessionSummary
              tally={tally}
              reason={caughtUpReason(queue)}
              comeBackAt={queue.comeBackAt}
              nextDue={nextDueAfter(local.cards.values(), now, (id) => inScope.has(id))}
              newLimit={newLimit}
              unseenLeft={queue.unseenLeft}
              reasonText={deckMode ? tm("done", { count: deck.length }) : undefined}
              mistakes={deck.length}
              scope={scope ?? {}}
              topics={(catalog?.topics ?? []).map((topic) => ({
                id: topic.id,
                name: pickLang(topic.name, uiLang)?.value ?? topic.id,
              }))}
              uiLang={uiLang}
              onMoreNew={(count) => {
                setExtraNew((n) => n + count);
                setTurn((n) => n + 1);
              }}
            />
          }
        />
      )}
    </>
  );
}
