import type { Metadata } from "next";
import { AuthPage, authPageMetadata } from "@/components/auth/AuthPage";
import { SignUpForm } from "@/components/auth/SignUpForm.client";
import { pageLocale, type LocaleParams } from "@/lib/session/page-locale";

type Props = { params: Promise<LocaleParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return authPageMetadata("signUp", await pageLocale(params));
}

/** Prerendered per language; `?next=` and an existing session are handled in the browser. */
export default async function SignUpPage({ params }: Props) {
  await pageLocale(params);
  return <AuthPage kind="signUp" form={<SignUpForm />} />;
}
