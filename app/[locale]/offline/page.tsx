import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { link } from "@/components/ui/styles";
import { localizedPath } from "@/lib/i18n/localized-path";
import { pageLocale, type LocaleParams } from "@/lib/session/page-locale";

export async function generateMetadata({ params }: { params: Promise<LocaleParams> }): Promise<Metadata> {
  await pageLocale(params);
  // Only ever shown in place of another page, by the service worker: not a page to find in a search engine.
  return { title: (await getTranslations("offline"))("metaTitle"), robots: { index: false } };
}

/**
 * Prerendered per language and stored by the service worker at install (lib/offline/sw.ts), which shows it for
 * any page that needs the server (quizzes, classes, the dashboard…) while there is no connection.
 */
export default async function OfflinePage({ params }: { params: Promise<LocaleParams> }) {
  const locale = await pageLocale(params);
  const t = await getTranslations("offline");
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        {t("flashcards")}{" "}
        {/* A full page load, not the client router: offline, the service worker answers it from its cache. */}
        <a href={localizedPath("/review", locale)} className={link}>
          {t("review")}
        </a>
      </p>
    </div>
  );
}
