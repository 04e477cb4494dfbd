import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CardBrowser } from "@/components/cards/CardBrowser.client";
import { IntlScope } from "@/components/IntlScope";
import { pickLang } from "@/lib/content/pick-lang";
import { isPublished } from "@/lib/content/question-kinds";
import { getSnapshot } from "@/lib/data/snapshot";
import { pageAlternates } from "@/lib/i18n/page-alternates";
import { pageLocale, type LocaleParams } from "@/lib/session/page-locale";

type Props = { params: Promise<LocaleParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: (await getTranslations("cards"))("metaTitle"), alternates: pageAlternates("/cards", locale) };
}

/**
 * The card browser: the same for everyone, so prerendered and kept by the service worker like /review. The cards
 * and their states come from the device's review store in the browser; the page only brings the titles and topic
 * names in its language.
 */
export default async function CardsPage({ params }: Props) {
  const lang = await pageLocale(params);
  const snapshot = getSnapshot();
  const titles = Object.fromEntries(
    snapshot.questions.filter(isPublished).map((q) => [q.id, pickLang(q.langs, lang)?.value.title ?? q.id]),
  );
  const topicNames = Object.fromEntries(snapshot.topics.map((x) => [x.id, x.name[lang]]));
  return (
    <div className="mx-auto max-w-5xl space-y-5">
      <IntlScope namespaces={["cards", "review"]}>
        <CardBrowser titles={titles} topicNames={topicNames} />
      </IntlScope>
    </div>
  );
}
