import { getTranslations } from "next-intl/server";
import type { AuditPerson, AuditRow } from "@/lib/audit/read-audit-log";
import { RoleSchema } from "@/lib/auth/roles";

const cell = "py-2 pr-4";

/** One row per event, newest first: when, what, who did it, whom it concerns, and the event's facts in words. */
export async function AuditTable({ rows, format }: { rows: AuditRow[]; format: (at: Date) => string }) {
  const [t, tr] = await Promise.all([getTranslations("audit"), getTranslations("auth.roles")]);
  const role = (value: unknown) => tr(RoleSchema.catch("candidate").parse(value));
  const person = (p: AuditPerson | null) =>
    !p ? (
      <span className="text-stone-600 dark:text-stone-400">{t("nobody")}</span>
    ) : "deleted" in p ? (
      <span className="italic">{t("deletedAccount")}</span>
    ) : (
      <>
        <span className="block font-medium">{p.name}</span>
        <span className="block break-all text-stone-700 dark:text-stone-300">{p.email}</span>
      </>
    );
  const details = (row: AuditRow) => {
    const d = row.details;
    if (row.kind === "role_change") return t("details.role_change", { from: role(d.from), to: role(d.to) });
    if (row.kind === "account_deleted") return t("details.account_deleted", { ...d, role: role(d.role) } as never);
    return t(`details.${row.kind}`, d as never);
  };
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-stone-300 dark:border-stone-700">
          <tr>
            {(["when", "event", "actor", "target", "details"] as const).map((c) => (
              <th key={c} scope="col" className={cell}>
                {t(`columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-stone-200 align-top dark:border-stone-800">
              <td className={`${cell} whitespace-nowrap`}>
                <time dateTime={row.createdAt.toISOString()}>{format(row.createdAt)}</time>
              </td>
              <th scope="row" className={`${cell} font-medium`}>
                {t(`kinds.${row.kind}`)}
              </th>
              <td className={cell}>{person(row.actor)}</td>
              <td className={cell}>{row.target ? person(row.target) : "—"}</td>
              <td className={`${cell} break-all`}>{details(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
