import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** Gives the quiz's client components their own strings (and only those) to translate with useTranslations. */
export async function QuizIntlProvider({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={{ quiz: messages.quiz }}>{children}</NextIntlClientProvider>;
}
