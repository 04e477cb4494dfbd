import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { IntlScope } from "@/components/IntlScope";
import { Link } from "@/components/navigation/Link";
import { link } from "@/components/ui/styles";
import { RoleButton } from "@/components/auth/RoleButton.client";
import { RoleSchema } from "@/lib/auth/roles";
import { listUsersForAdmin } from "@/lib/data/account";
import { NotFoundError } from "@/lib/errors";

// Personal by nature: rendered for each request, never prerendered or cached (see README, "Addresses and caching").
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.admin"))("title") };
}

export default async function AdminUsersPage() {
  const users = await listUsersForAdmin().catch((e) => (e instanceof NotFoundError ? notFound() : Promise.reject(e)));
  const [t, tr, locale] = await Promise.all([
    getTranslations("auth.admin"),
    getTranslations("auth.roles"),
    getLocale(),
  ]);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-700 dark:text-stone-300">{t("intro")}</p>
      <p>
        <Link href="/admin/reports" className={link}>
          {(await getTranslations("tools.admin"))("reportsLink")}
        </Link>
      </p>
      {users.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-stone-300 dark:border-stone-700">
              <tr>
                <th scope="col" className="py-2 pr-4">
                  {t("name")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("email")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("role")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("joined")}
                </th>
                <th scope="col" className="py-2">
                  {t("actions")}
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => {
                const role = RoleSchema.catch("candidate").parse(u.role);
                return (
                  <tr key={u.id} className="border-b border-stone-200 align-top dark:border-stone-800">
                    <th scope="row" className="py-2 pr-4 font-medium">
                      {u.name}
                    </th>
                    <td className="py-2 pr-4 break-all">{u.email}</td>
                    <td className="py-2 pr-4">{tr(role)}</td>
                    <td className="py-2 pr-4">{date.format(u.createdAt)}</td>
                    <td className="py-2">
                      {role !== "admin" && (
                        <IntlScope namespaces={["auth"]}>
                          <RoleButton userId={u.id} name={u.name} role={role} />
                        </IntlScope>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
