import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IntlScope } from "@/components/IntlScope";
import { ContentLangSwitch } from "@/components/ContentLangSwitch.client";
import { StudySettingsForm } from "@/components/StudySettingsForm.client";
import { graderEndpoint } from "@/lib/grading/configured-grader";
import { FsrsSettings } from "@/components/schedule/FsrsSettings";
import { getFsrsStatus } from "@/lib/data/schedule";
import { getContentDisplay } from "@/lib/session/preferences";
import { getLearnerSettings } from "@/lib/session/profile";
import { currentViewer } from "@/lib/session/viewer";
import { ResetProgressDialog } from "@/components/privacy/ResetProgressDialog.client";

// Personal by nature: rendered for each request, never prerendered or cached (see README, "Addresses and caching").
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage() {
  const grader = graderEndpoint();
  const [t, tc, tg, tr, settings, { preference }, fsrs, viewer] = await Promise.all([
    getTranslations("settings"),
    getTranslations("ui.contentLang"),
    getTranslations("grader.settings"),
    getTranslations("privacy.reset"),
    getLearnerSettings(),
    getContentDisplay(),
    getFsrsStatus(),
    currentViewer(),
  ]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-700 dark:text-stone-300">{t("intro")}</p>
      <IntlScope namespaces={["settings"]}>
        <StudySettingsForm settings={settings} />
      </IntlScope>
      <FsrsSettings status={fsrs} dailyNewLimit={settings.dailyNewLimit} />
      <section
        aria-labelledby="content-lang-heading"
        className="space-y-3 border-t border-stone-200 pt-6 dark:border-stone-800"
      >
        <h2 id="content-lang-heading" className="text-lg font-semibold">
          {tc("heading")}
        </h2>
        <IntlScope namespaces={["ui"]}>
          <ContentLangSwitch current={preference} />
        </IntlScope>
      </section>
      <section
        aria-labelledby="grader-heading"
        className="space-y-3 border-t border-stone-200 pt-6 dark:border-stone-800"
      >
        <h2 id="grader-heading" className="text-lg font-semibold">
          {tg("heading")}
        </h2>
        {grader ? (
          <>
            <p>{tg("configured", { host: grader.host, model: grader.model })}</p>
            <p className="text-sm text-stone-700 dark:text-stone-300">{tg("limit", { limit: grader.dailyLimit })}</p>
          </>
        ) : (
          <p>{tg("notConfigured")}</p>
        )}
      </section>
      {/* Only for a learner without an account: an account's progress goes with "Delete my account". */}
      {!viewer && (
        <section
          aria-labelledby="reset-heading"
          className="space-y-3 border-t border-stone-200 pt-6 dark:border-stone-800"
        >
          <h2 id="reset-heading" className="text-lg font-semibold">
            {tr("heading")}
          </h2>
          <p className="text-stone-700 dark:text-stone-300">{tr("intro")}</p>
          <IntlScope namespaces={["privacy"]}>
            <ResetProgressDialog />
          </IntlScope>
        </section>
      )}
    </div>
  );
}
