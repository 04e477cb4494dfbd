import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { IntlScope } from "@/components/IntlScope";
import { SignInForm } from "@/components/auth/SignInForm.client";
import { NextPathSchema } from "@/lib/auth/schemas";
import { currentViewer } from "@/lib/session/viewer";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const next = NextPathSchema.parse((await searchParams).next);
  if (await currentViewer()) redirect(next);
  const t = await getTranslations("auth.signIn");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-700 dark:text-stone-300">{t("intro")}</p>
      <IntlScope namespaces={["auth"]}>
        <SignInForm next={next} />
      </IntlScope>
      <p className="text-sm">
        {t("noAccount")}{" "}
        <Link
          href={`/sign-up?next=${encodeURIComponent(next)}`}
          className="font-medium text-amber-800 underline dark:text-amber-300"
        >
          {t("signUpLink")}
        </Link>
      </p>
    </div>
  );
}
