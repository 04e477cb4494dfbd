import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MemberAssignments } from "@/components/classes/MemberAssignments";
import { SignInPrompt } from "@/components/classes/SignInPrompt";
import { myAssignmentList } from "@/lib/data/classes";
import { viewerDateTime } from "@/lib/session/viewer-dates";
import { uiLocale } from "@/lib/session/ui-locale";

// Personal by nature: rendered for each request, never prerendered or cached (see README, "Addresses and caching").
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("classes.mine"))("title") };
}

export default async function AssignmentsPage() {
  const [t, tl, list, when] = await Promise.all([
    getTranslations("classes.mine"),
    getTranslations("classes.list"),
    myAssignmentList(),
    viewerDateTime(),
  ]);
  const lang = await uiLocale();
  return (
    <div className="max-w-5xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-stone-700 dark:text-stone-300">{t("intro")}</p>
      </header>
      {list ? (
        <MemberAssignments assignments={list.assignments} lang={lang} when={when} showClass />
      ) : (
        <SignInPrompt text={t("signInPrompt")} linkText={tl("signIn")} next="/assignments" />
      )}
    </div>
  );
}
