import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { IntlScope } from "@/components/IntlScope";
import { SignUpForm } from "@/components/auth/SignUpForm.client";
import { NextPathSchema } from "@/lib/auth/schemas";
import { currentViewer } from "@/lib/session/viewer";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signUp"))("title") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const next = NextPathSchema.parse((await searchParams).next);
  if (await currentViewer()) redirect(next);
  const t = await getTranslations("auth.signUp");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-700 dark:text-stone-300">{t("intro")}</p>
      <IntlScope namespaces={["auth"]}>
        <SignUpForm next={next} />
      </IntlScope>
      <p className="text-sm">
        {t("haveAccount")}{" "}
        <Link
          href={`/sign-in?next=${encodeURIComponent(next)}`}
          className="font-medium text-amber-800 underline dark:text-amber-300"
        >
          {t("signInLink")}
        </Link>
      </p>
    </div>
  );
}
