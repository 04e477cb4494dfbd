import { getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";
import type { Lang } from "@/lib/content/schemas/common";
import type { Question } from "@/lib/content/schemas/question";
import { getTopicName, pickLang } from "@/lib/data/content";
import type { TopicPlace } from "@/lib/data/question-neighbours";
import { htmlLang } from "../SideBySide";

const card =
  "flex min-w-0 flex-col gap-0.5 rounded-lg border border-stone-200 p-3 hover:border-amber-500 dark:border-stone-700";

/** Previous and next question of the topic, by title, and where this one sits: practise a topic page by page. */
export async function QuestionNeighbours({ place, uiLang }: { place: TopicPlace; uiLang: Lang }) {
  const t = await getTranslations("practice");
  const link = (q: Question, rel: "prev" | "next") => {
    const title = pickLang(q.langs, uiLang)!;
    return (
      <Link
        href={`/questions/${q.id}`}
        rel={rel}
        // A question page holds every language view of a question: fetched when followed, not on arrival.
        prefetch={false}
        className={`${card} ${rel === "next" ? "sm:col-start-2 sm:text-right" : ""}`}
      >
        <span className="text-sm text-stone-600 dark:text-stone-400">
          {rel === "prev" ? <span aria-hidden="true">← </span> : null}
          {rel === "prev" ? t("previous") : t("next")}
          {rel === "next" ? <span aria-hidden="true"> →</span> : null}
        </span>
        <span lang={title.lang === uiLang ? undefined : htmlLang(title.lang)} className="font-medium">
          {title.value.title}
        </span>
      </Link>
    );
  };
  return (
    <nav aria-label={t("neighbours")} className="space-y-3 border-t border-stone-200 pt-6 dark:border-stone-800">
      <p className="text-sm text-stone-700 dark:text-stone-300">
        {t("place", { position: place.position, total: place.total })}{" "}
        <Link href={`/topics/${place.topic}`} className="text-amber-800 underline dark:text-amber-300">
          {getTopicName(place.topic, uiLang)}
        </Link>
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        {place.previous && link(place.previous, "prev")}
        {place.next && link(place.next, "next")}
      </div>
    </nav>
  );
}
