import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { redirectHere } from "@/lib/session/redirect-here";
import { ContentStyles } from "@/components/ContentStyles";
import { combinedFeatures } from "@/lib/content/features";
import { IntlScope } from "@/components/IntlScope";
import { QuizRunner } from "@/components/quiz/QuizRunner.client";
import { getMyAttempt, questionStates } from "@/lib/data/quiz";
import { uiLocale } from "@/lib/session/ui-locale";
import { runsOnWallClock, wallClockElapsedMs } from "@/lib/quiz/timer";

// Personal by nature: rendered for each request, never prerendered or cached (see README, "Addresses and caching").
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await uiLocale();
  const loaded = await getMyAttempt((await params).id);
  return loaded ? { title: loaded.attempt.title[lang] } : {};
}

export default async function AttemptPage({ params }: Props) {
  const { id } = await params;
  const loaded = await getMyAttempt(id);
  if (!loaded) notFound();
  if (loaded.attempt.finishedAt) await redirectHere(`/attempts/${id}/result`);
  const lang = await uiLocale();
  const states = questionStates(loaded, lang);
  if (states.length === 0) notFound();
  const { attempt } = loaded;
  const features = combinedFeatures(states.map((s) => s.question.features));
  // A timed exam's clock is the wall clock since the start: the page opens on the time really left.
  const now = new Date();
  const wall = runsOnWallClock(attempt)
    ? { startedAtMs: attempt.startedAt.getTime(), serverNowMs: now.getTime() }
    : undefined;
  const elapsedMs = wall
    ? Math.max(attempt.elapsedMs, wallClockElapsedMs(wall.startedAtMs, now.getTime(), 0))
    : attempt.elapsedMs;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      {/* One question at a time: the math may be on a later one, so its fonts are not preloaded. */}
      <ContentStyles features={features} mathShownFirst={false} />
      <h1 className="text-2xl font-bold">{attempt.title[lang]}</h1>
      <IntlScope namespaces={["quiz", "coach", "grader"]}>
        <QuizRunner
          attempt={{
            id: attempt.id,
            mode: attempt.mode,
            timeLimitSec: attempt.timeLimitSec,
            elapsedMs,
            position: attempt.position,
            wall,
          }}
          states={states}
        />
      </IntlScope>
    </div>
  );
}
