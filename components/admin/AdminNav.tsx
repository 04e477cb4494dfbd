import { getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";
import { link } from "@/components/ui/styles";

/** The admin area's pages, linked from each other; the current one is marked for screen readers. */
export async function AdminNav({ current }: { current: "users" | "audit" | "reports" }) {
  const t = await getTranslations("audit");
  const tools = await getTranslations("tools.admin");
  const pages = [
    { key: "users", href: "/admin/users", label: t("usersNav") },
    { key: "audit", href: "/admin/audit", label: t("adminNav") },
    { key: "reports", href: "/admin/reports", label: tools("title") },
  ] as const;
  return (
    <nav aria-label={t("areaNav")} className="flex flex-wrap gap-4 text-sm">
      {pages.map((p) =>
        p.key === current ? (
          <span key={p.key} aria-current="page" className="font-semibold">
            {p.label}
          </span>
        ) : (
          <Link key={p.key} href={p.href} className={link}>
            {p.label}
          </Link>
        ),
      )}
    </nav>
  );
}
