import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/**
 * Gives the client components below it the strings of these namespaces, and only those: each page ships the
 * translations its interactive parts use, not the whole catalogue.
 */
export async function IntlScope({ namespaces, children }: { namespaces: string[]; children: ReactNode }) {
  const [messages, locale] = await Promise.all([getMessages(), getLocale()]);
  // The locale is passed explicitly so the provider needs nothing from the request: prerendered pages stay static.
  return (
    <NextIntlClientProvider locale={locale} messages={Object.fromEntries(namespaces.map((ns) => [ns, messages[ns]]))}>
      {children}
    </NextIntlClientProvider>
  );
}
