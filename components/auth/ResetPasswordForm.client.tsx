"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { resetPassword } from "@/lib/actions/reset-password";
import { Link } from "@/components/navigation/Link.client";
import { Field, FormAlert } from "@/components/ui/Field";
import { link, primaryButton } from "@/components/ui/styles";
import { FormStatus } from "./FormStatus";

/** The page an emailed reset link opens: a new password, then a way to sign in with it. */
export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState(resetPassword, undefined);
  const fields = state && !state.ok ? (state.error.fields ?? {}) : {};
  const [password, setPassword] = useState("");
  if (state?.ok)
    return (
      <FormStatus>
        <p>{t("reset.done")}</p>
        <p className="mt-2">
          <Link href="/sign-in" className={link}>
            {t("reset.signIn")}
          </Link>
        </p>
      </FormStatus>
    );
  // The link was used or expired while the page was open: say so, and offer a new one.
  const linkGone = state && !state.ok && state.error.code === "conflict";
  return (
    <form action={action} noValidate className="space-y-5">
      <input type="hidden" name="token" value={token} />
      <Field
        id="password"
        name="password"
        label={t("fields.newPassword")}
        help={t("signUp.passwordHelp")}
        error={fields.password}
        type="password"
        autoComplete="new-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <button type="submit" disabled={pending} className={primaryButton}>
        {t("reset.submit")}
      </button>
      <FormAlert message={state && !state.ok ? state.error.message : undefined} />
      {linkGone && (
        <p>
          <Link href="/forgot-password" className={link}>
            {t("reset.askAgain")}
          </Link>
        </p>
      )}
    </form>
  );
}
