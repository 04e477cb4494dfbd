import { getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";
import { listTopics } from "@/lib/data/content";
import { uiLocale } from "@/lib/session/ui-locale";

const LINK = "text-amber-800 underline dark:text-amber-300";

/** `/review?topic=<unknown>`: says what is wrong and offers every topic's review, instead of the generic 404. */
export default async function NoSuchTopic() {
  const [t, tr, lang] = await Promise.all([getTranslations("reviewSession"), getTranslations("review"), uiLocale()]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">{t("noSuchTopicTitle")}</h1>
      <p>{t("noSuchTopicBody")}</p>
      <p>
        <Link href="/review" className={LINK}>
          {tr("reviewAll")}
        </Link>
      </p>
      <section aria-labelledby="no-such-topic-topics" className="space-y-2">
        <h2 id="no-such-topic-topics" className="text-lg font-semibold">
          {t("topics")}
        </h2>
        <ul className="grid gap-2 sm:grid-cols-2">
          {listTopics().map(({ topic }) => (
            <li key={topic.id}>
              <Link href={`/review?topic=${encodeURIComponent(topic.id)}`} className={LINK}>
                {topic.name[lang]}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
