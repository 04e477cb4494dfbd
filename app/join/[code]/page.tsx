import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { JoinClassForm } from "@/components/classes/JoinClassForm.client";
import { SignInPrompt } from "@/components/classes/SignInPrompt";
import { IntlScope } from "@/components/IntlScope";
import { link } from "@/components/ui/styles";
import { joinPreview } from "@/lib/data/classes";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("classes.joinPage"))("title") };
}

/** Where a shared join link lands: which class it is, and the one button (or the way to sign in first). */
export default async function JoinPage({ params }: Props) {
  const { code } = await params;
  const t = await getTranslations("classes");
  const { viewer, found, member } = await joinPreview(decodeURIComponent(code));
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-3xl font-bold">{t("joinPage.title")}</h1>
      {!found ? (
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
