import { getLocale, getTranslations } from "next-intl/server";
import { AUDIT_KINDS } from "@/lib/audit/events";
import type { AuditFilter } from "@/lib/audit/read-audit-log";
import { LocaleSchema } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/localized-path";
import { Link } from "@/components/navigation/Link";
import { inputClass } from "@/components/ui/Field";
import { link, primaryButton } from "@/components/ui/styles";

/** The audit log's filters as a plain GET form: the address holds them, so a filtered view can be shared or bookmarked. */
export async function AuditFilters({ filter }: { filter: AuditFilter }) {
  const [t, locale] = await Promise.all([getTranslations("audit"), getLocale()]);
  const label = "block text-sm font-medium";
  return (
    <form method="get" action={localizedPath("/admin/audit", LocaleSchema.parse(locale))}>
      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <legend className="sr-only">{t("filters.legend")}</legend>
        <div className="space-y-1">
          <label htmlFor="audit-kind" className={label}>
            {t("filters.kind")}
          </label>
          <select id="audit-kind" name="kind" defaultValue={filter.kind ?? ""} className={inputClass}>
            <option value="">{t("filters.allKinds")}</option>
            {AUDIT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="audit-actor" className={label}>
            {t("filters.actor")}
          </label>
          <input
            id="audit-actor"
            name="actor"
            type="search"
            defaultValue={filter.actor ?? ""}
            aria-describedby="audit-actor-help"
            className={inputClass}
          />
          <p id="audit-actor-help" className="text-xs text-stone-600 dark:text-stone-400">
            {t("filters.actorHelp")}
          </p>
        </div>
        <div className="space-y-1">
          <label htmlFor="audit-from" className={label}>
            {t("filters.from")}
          </label>
          <input id="audit-from" name="from" type="date" defaultValue={filter.from ?? ""} className={inputClass} />
        </div>
        <div className="space-y-1">
          <label htmlFor="audit-to" className={label}>
            {t("filters.to")}
          </label>
          <input id="audit-to" name="to" type="date" defaultValue={filter.to ?? ""} className={inputClass} />
        </div>
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className={primaryButton}>
          {t("filters.apply")}
        </button>
        <Link href="/admin/audit" className={link}>
          {t("filters.clear")}
        </Link>
      </div>
    </form>
  );
}
