import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IntlScope } from "@/components/IntlScope";
import { StudySettingsForm } from "@/components/StudySettingsForm.client";
import { getLearnerSettings } from "@/lib/data/profile";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage() {
  const [t, settings] = await Promise.all([getTranslations("settings"), getLearnerSettings()]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-700 dark:text-stone-300">{t("intro")}</p>
      <IntlScope namespaces={["settings"]}>
        <StudySettingsForm settings={settings} />
      </IntlScope>
    </div>
  );
}
