import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";
import { CreateClassForm } from "@/components/classes/CreateClassForm.client";
import { JoinClassForm } from "@/components/classes/JoinClassForm.client";
import { SignInPrompt } from "@/components/classes/SignInPrompt";
import { IntlScope } from "@/components/IntlScope";
import { link } from "@/components/ui/styles";
import { myClasses } from "@/lib/data/classes";

// Personal by nature: rendered for each request, never prerendered or cached (see README, "Addresses and caching").
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("classes.list"))("title") };
}

const card = "rounded-xl border border-stone-200 p-4 dark:border-stone-800";

export default async function ClassesPage() {
  const t = await getTranslations("classes");
  const mine = await myClasses();
  return (
    <div className="max-w-3xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("list.title")}</h1>
        <p className="text-stone-700 dark:text-stone-300">{t("list.intro")}</p>
      </header>
      {!mine ? (
        <SignInPrompt text={t("list.signInPrompt")} linkText={t("list.signIn")} next="/classes" />
      ) : (
        <>
          {mine.canTeach && (
            <section aria-labelledby="teaching-heading" className="space-y-4">
              <h2 id="teaching-heading" className="text-xl font-semibold">
                {t("list.teaching")}
              </h2>
              {mine.teaching.length === 0 ? (
                <p>{t("list.noneTeaching")}</p>
              ) : (
                <ul className="space-y-2">
                  {mine.teaching.map((c) => (
                    <li key={c.id} className={card}>
                      <Link href={`/classes/${c.id}`} className={`font-semibold ${link}`}>
                        {c.name}
                      </Link>
                      <p className="text-sm text-stone-700 dark:text-stone-300">
                        {t("list.members", { count: c.members })} · {t("list.assignments", { count: c.assignments })}
                      </p>
                    </li>
                  ))}
                </ul>
              )}
              <div className={card}>
                <h3 className="mb-3 font-semibold">{t("create.heading")}</h3>
                <IntlScope namespaces={["classes"]}>
                  <CreateClassForm />
                </IntlScope>
              </div>
            </section>
          )}
          <section aria-labelledby="member-heading" className="space-y-4">
            <h2 id="member-heading" className="text-xl font-semibold">
              {t("list.member")}
            </h2>
            {mine.member.length === 0 ? (
              <p>{t("list.noneMember")}</p>
            ) : (
              <ul className="space-y-2">
                {mine.member.map((c) => (
                  <li key={c.id} className={card}>
                    <Link href={`/classes/${c.id}`} className={`font-semibold ${link}`}>
                      {c.name}
                    </Link>
                    <p className="text-sm text-stone-700 dark:text-stone-300">
                      {t("list.instructor", { name: c.instructor })}
                    </p>
                  </li>
                ))}
              </ul>
            )}
            <div className={card}>
              <h3 className="mb-3 font-semibold">{t("join.heading")}</h3>
              <IntlScope namespaces={["classes"]}>
                <JoinClassForm />
              </IntlScope>
            </div>
          </section>
        </>
      )}
    </div>
  );
}
