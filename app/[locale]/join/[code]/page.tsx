import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";
import { JoinClassForm } from "@/components/classes/JoinClassForm.client";
import { SignInPrompt } from "@/components/classes/SignInPrompt";
import { IntlScope } from "@/components/IntlScope";
import { link } from "@/components/ui/styles";
import { joinPreview } from "@/lib/data/classes";

// Personal by nature: rendered for each request, never prerendered or cached (see README, "Addresses and caching").
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("classes.joinPage"))("title") };
}

/** A malformed escape (`%E0`) is not a join code either: the raw text then simply matches no class. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Where a shared join link lands: which class it is, and the one button (or the way to sign in first). */
export default async function JoinPage({ params }: Props) {
  const { code } = await params;
  const [t, te] = await Promise.all([getTranslations("classes"), getTranslations("errors.action")]);
  const { viewer, found, member, removed, limitedMinutes } = await joinPreview(decoded(code));
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-3xl font-bold">{t("joinPage.title")}</h1>
      {limitedMinutes !== undefined ? (
        <p role="alert">{te("rate-limited.join-code", { minutes: limitedMinutes })}</p>
      ) : !found ? (
        <p>{t("joinPage.unknown")}</p>
      ) : (
        <>
          <p className="text-lg">{t("joinPage.intro", { name: found.name, instructor: found.instructor })}</p>
          {!viewer ? (
            <SignInPrompt text="" linkText={t("joinPage.signIn")} next={`/join/${code}`} />
          ) : member ? (
            <p>
              {t("joinPage.already")}{" "}
              <Link href={`/classes/${found.id}`} className={link}>
                {t("joinPage.openClass")}
              </Link>
            </p>
          ) : removed ? (
            <p>{te("conflict.removed-from-class")}</p>
          ) : !found.joinEnabled ? (
            <p>{t("joinPage.disabled")}</p>
          ) : (
            <IntlScope namespaces={["classes"]}>
              <JoinClassForm code={code} />
            </IntlScope>
          )}
        </>
      )}
    </div>
  );
}
