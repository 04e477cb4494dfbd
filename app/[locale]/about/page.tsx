import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InfoPage, InfoSection } from "@/components/InfoPage";
import { Link } from "@/components/navigation/Link";
import { link } from "@/components/ui/styles";
import { pageAlternates } from "@/lib/i18n/page-alternates";
import { pageLocale, type LocaleParams } from "@/lib/session/page-locale";

type Props = { params: Promise<LocaleParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations("site.about");
  return { title: t("title"), alternates: pageAlternates("/about", locale) };
}

/** What the app is, for a first-time visitor. Prerendered per language. */
export default async function AboutPage({ params }: Props) {
  await pageLocale(params);
  const t = await getTranslations("site.about");
  return (
    <InfoPage title={t("title")}>
      <p>{t("intro")}</p>
      <InfoSection id="about-what" heading={t("whatHeading")}>
        <ul className="list-disc space-y-2 pl-6">
          {(["flashcards", "quizzes", "articles", "classes"] as const).map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </InfoSection>
      <InfoSection id="about-content" heading={t("contentHeading")}>
        <p>{t("content")}</p>
      </InfoSection>
      <p>
        <Link href="/privacy" className={link}>
          {t("privacyLink")}
        </Link>
      </p>
    </InfoPage>
  );
}
