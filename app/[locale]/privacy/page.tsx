import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InfoPage, InfoSection } from "@/components/InfoPage";
import { pageAlternates } from "@/lib/i18n/page-alternates";
import { pageLocale, type LocaleParams } from "@/lib/session/page-locale";

type Props = { params: Promise<LocaleParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations("site.privacy");
  return { title: t("title"), alternates: pageAlternates("/privacy", locale) };
}

// Each part of what is stored: its heading and its text, in reading order.
const SECTIONS = ["withoutAccount", "browser", "account", "classes", "grader", "remove"] as const;

/** What the app stores about a learner, and why. Prerendered per language. */
export default async function PrivacyPage({ params }: Props) {
  await pageLocale(params);
  const t = await getTranslations("site.privacy");
  return (
    <InfoPage title={t("title")}>
      <p>{t("intro")}</p>
      {SECTIONS.map((key) => (
        <InfoSection key={key} id={`privacy-${key}`} heading={t(`${key}Heading`)}>
          <p>{t(key)}</p>
        </InfoSection>
      ))}
    </InfoPage>
  );
}
