import { getTranslations } from "next-intl/server";
import type { AuditFilter } from "@/lib/audit/read-audit-log";
import { Link } from "@/components/navigation/Link";
import { link } from "@/components/ui/styles";

/** Previous and next page links that keep the filters; nothing when everything fits on one page. */
export async function AuditPager({ filter, page, pages }: { filter: AuditFilter; page: number; pages: number }) {
  if (pages <= 1) return null;
  const t = await getTranslations("audit");
  const href = (to: number) => {
    const query = new URLSearchParams();
    for (const key of ["kind", "actor", "from", "to"] as const) if (filter[key]) query.set(key, filter[key]);
    query.set("page", String(to));
    return `/admin/audit?${query}`;
  };
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center gap-4">
      {page > 1 && (
        <Link href={href(page - 1)} className={link} rel="prev">
          {t("previous")}
        </Link>
      )}
      <span>{t("pageOf", { page, pages })}</span>
      {page < pages && (
        <Link href={href(page + 1)} className={link} rel="next">
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
