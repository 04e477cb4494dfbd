import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmptyDashboard } from "@/components/dashboard/EmptyDashboard";
import { Link } from "@/components/navigation/Link";
import { ForecastChart } from "@/components/dashboard/ForecastChart";
import { MasteryChart } from "@/components/dashboard/MasteryChart";
import { MockHistory } from "@/components/dashboard/MockHistory";
import { QuizHistory } from "@/components/dashboard/QuizHistory";
import { RetentionChart } from "@/components/dashboard/RetentionChart";
import { ReviewHeatmap } from "@/components/dashboard/ReviewHeatmap";
import { StudyDayZone } from "@/components/dashboard/StudyDayZone.client";
import { SummaryTiles } from "@/components/dashboard/SummaryTiles";
import { MistakesDeck } from "@/components/dashboard/MistakesDeck";
import { WeakestQuestions } from "@/components/dashboard/WeakestQuestions";
import { InterviewPlans } from "@/components/schedule/InterviewPlans";
import { getDashboard } from "@/lib/data/dashboard";
import { getScheduleView } from "@/lib/data/schedule";
import { localDate } from "@/lib/stats/study-days";
import { myMockHistory } from "@/lib/data/mock-interviews";
import { uiLocale } from "@/lib/session/ui-locale";

// Personal by nature: rendered for each request, never prerendered or cached (see README, "Addresses and caching").
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("metaTitle") };
}

export default async function DashboardPage() {
  const lang = await uiLocale();
  const [t, tc, view, schedule, mocks] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("cards"),
    getDashboard(),
    getScheduleView(),
    myMockHistory(lang),
  ]);
  const { stats } = view;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-stone-700 dark:text-stone-300">
          <StudyDayZone
            sentence={t("intro", { timeZone: "{timeZone}" })}
            stored={view.timeZone}
            reported={view.timeZoneReported}
          />
        </p>
        <Link href="/cards" className="inline-block text-amber-800 underline dark:text-amber-300">
          {tc("browserLink")}
        </Link>
      </header>
      <SummaryTiles stats={stats} />
      <InterviewPlans
        plans={schedule.plans}
        scopes={schedule.scopes}
        dailyNewLimit={schedule.dailyNewLimit}
        lang={lang}
        today={localDate(new Date(), view.timeZone)}
      />
      {view.hasProfile ? (
        <>
          <ForecastChart forecast={schedule.forecast} messages="schedule.forecast" />
          <ReviewHeatmap days={stats.heatmap} />
          <RetentionChart weeks={stats.retention} overall={stats.retentionOverall} />
          <MasteryChart mastery={stats.mastery} names={view.topicNames} lang={lang} />
          <MistakesDeck count={view.mistakes} />
          <WeakestQuestions weakest={stats.weakest} titles={view.questionTitles} lang={lang} />
          <QuizHistory quizzes={stats.quizzes} lang={lang} />
          <MockHistory mocks={mocks.finished} underWay={mocks.unfinished} />
        </>
      ) : (
        <EmptyDashboard />
      )}
    </div>
  );
}
