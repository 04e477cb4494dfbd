"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { setUserRole } from "@/lib/actions/set-user-role";

/** Grants or removes the instructor role for one account; the table row re-renders with the new role. */
export function RoleButton({ userId, name, role }: { userId: string; name: string; role: "candidate" | "instructor" }) {
  const t = useTranslations("auth");
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const target = role === "candidate" ? "instructor" : "candidate";
  const onClick = () =>
    start(async () => {
      const result = await setUserRole({ userId, role: target });
      setMessage(
        result.ok
          ? { ok: true, text: t("admin.saved", { name, role: t(`roles.${target}`) }) }
          : { ok: false, text: result.error.message },
      );
    });
  return (
    <div className="space-y-1">
      <button
        type="button"
        disabled={pending}
        onClick={onClick}
        aria-label={role === "candidate" ? t("admin.grant", { name }) : t("admin.revoke", { name })}
        className="rounded-md border border-stone-400 px-3 py-1 text-sm font-medium hover:bg-stone-100 disabled:opacity-60 dark:border-stone-600 dark:hover:bg-stone-800"
      >
        {role === "candidate" ? t("admin.grantShort") : t("admin.revokeShort")}
      </button>
      <p role="status" className={`text-sm ${message?.ok === false ? "text-rose-800 dark:text-rose-300" : ""}`}>
        {message?.text}
      </p>
    </div>
  );
}
