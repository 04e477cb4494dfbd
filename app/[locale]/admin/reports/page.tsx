import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { IntlScope } from "@/components/IntlScope";
import { AdminNav } from "@/components/admin/AdminNav";
import { ProblemReportsTable } from "@/components/study-tools/ProblemReportsTable";
import { problemReportsForAdmin } from "@/lib/data/problem-reports";
import { ForbiddenError } from "@/lib/errors";
import { pageLocale, type LocaleParams } from "@/lib/session/page-locale";

// Personal by nature: rendered for each request, never prerendered or cached (see README, "Addresses and caching").
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tools.admin"))("title") };
}

/** Problem reports about questions, for admins; anyone else gets the not-found page, as for /admin/users. */
export default async function AdminReportsPage({ params }: { params: Promise<LocaleParams> }) {
  const uiLang = await pageLocale(params);
  const reports = await problemReportsForAdmin(uiLang).catch((e) =>
    e instanceof ForbiddenError ? notFound() : Promise.reject(e),
  );
  const t = await getTranslations("tools.admin");
  return (
    <div className="space-y-6">
      <AdminNav current="reports" />
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-700 dark:text-stone-300">{t("intro")}</p>
      {reports.length > 0 && !reports.some((r) => r.issueUrl) && (
        <p className="text-sm text-stone-600 dark:text-stone-400">{t("noRepo")}</p>
      )}
      {reports.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <IntlScope namespaces={["tools"]}>
          <ProblemReportsTable reports={reports} />
        </IntlScope>
      )}
    </div>
  );
}
