import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AdminNav } from "@/components/admin/AdminNav";
import { AuditFilters } from "@/components/admin/AuditFilters";
import { AuditPager } from "@/components/admin/AuditPager";
import { AuditTable } from "@/components/admin/AuditTable";
import { getAuditLog } from "@/lib/data/audit";
import { NotFoundError } from "@/lib/errors";
import { viewerDateTime } from "@/lib/session/viewer-dates";

// Personal by nature: rendered for each request, never prerendered or cached (see README, "Addresses and caching").
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminAuditPage({ searchParams }: Props) {
  const { filter, log } = await getAuditLog(await searchParams).catch((e) =>
    e instanceof NotFoundError ? notFound() : Promise.reject(e),
  );
  const [t, format] = await Promise.all([getTranslations("audit"), viewerDateTime()]);
  return (
    <div className="space-y-6">
      <AdminNav current="audit" />
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-700 dark:text-stone-300">{t("intro")}</p>
      <AuditFilters filter={filter} />
      <p role="status">{t("total", { count: log.total })}</p>
      {log.rows.length === 0 ? <p>{t("none")}</p> : <AuditTable rows={log.rows} format={format} />}
      <AuditPager filter={filter} page={log.page} pages={log.pages} />
    </div>
  );
}
