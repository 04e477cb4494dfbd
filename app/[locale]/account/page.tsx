import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirectHere } from "@/lib/session/redirect-here";
import { IntlScope } from "@/components/IntlScope";
import { ChangeEmailForm } from "@/components/auth/ChangeEmailForm.client";
import { ChangePasswordForm } from "@/components/auth/ChangePasswordForm.client";
import { SignOutButtons } from "@/components/auth/SignOutButtons.client";
import { DeleteAccountDialog } from "@/components/privacy/DeleteAccountDialog.client";
import { primaryButton } from "@/components/ui/styles";
import { countLiveSessions } from "@/lib/data/account";
import { currentViewer } from "@/lib/session/viewer";

// Personal by nature: rendered for each request, never prerendered or cached (see README, "Addresses and caching").
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.account"))("title") };
}

type Props = { searchParams: Promise<{ "password-changed"?: string | string[] }> };

export default async function AccountPage({ searchParams }: Props) {
  const viewer = await currentViewer();
  const changed = (await searchParams)["password-changed"];
  if (!viewer) return redirectHere("/sign-in?next=/account");
  const [t, tr, tp, sessions] = await Promise.all([
    getTranslations("auth.account"),
    getTranslations("auth.roles"),
    getTranslations("privacy"),
    countLiveSessions(viewer.userId),
  ]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("signedInAs", { name: viewer.name, email: viewer.email })}</p>
      <p>{t("role", { role: tr(viewer.role) })}</p>
      <p>{t("sessions", { count: sessions })}</p>
      <IntlScope namespaces={["auth"]}>
        <SignOutButtons />
        <section className="space-y-4 border-t border-stone-200 pt-6 dark:border-stone-800">
          <ChangePasswordForm key={String(changed)} changed={changed !== undefined} />
        </section>
        <section className="space-y-4 border-t border-stone-200 pt-6 dark:border-stone-800">
          <ChangeEmailForm current={viewer.email} />
        </section>
      </IntlScope>
      <section
        aria-labelledby="your-data-heading"
        className="space-y-3 border-t border-stone-200 pt-6 dark:border-stone-800"
      >
        <h2 id="your-data-heading" className="text-lg font-semibold">
          {tp("export.heading")}
        </h2>
        <p className="text-stone-700 dark:text-stone-300">{tp("export.intro")}</p>
        {/* A form post, not a link: the export answers only a same-site POST (lib/actions/download-account-data.ts). */}
        <form method="post" action="/api/me/export">
          <button type="submit" className={primaryButton}>
            {tp("export.download")}
          </button>
        </form>
      </section>
      <section
        aria-labelledby="delete-heading"
        className="space-y-3 border-t border-stone-200 pt-6 dark:border-stone-800"
      >
        <h2 id="delete-heading" className="text-lg font-semibold">
          {tp("delete.heading")}
        </h2>
        <p className="text-stone-700 dark:text-stone-300">{tp("delete.intro")}</p>
        <IntlScope namespaces={["privacy"]}>
          <DeleteAccountDialog email={viewer.email} />
        </IntlScope>
      </section>
    </div>
  );
}
