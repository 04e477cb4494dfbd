import { getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";
import { IntlScope } from "./IntlScope";
import { StartQuizForm } from "./quiz/StartQuizForm.client";
import { secondaryButton } from "./ui/styles";

/** "Practise this topic" under an explainer: its related questions as flashcards, or as a practice quiz. */
export async function PractiseArticle({ slug, questionCount }: { slug: string; questionCount: number }) {
  if (questionCount === 0) return null;
  const t = await getTranslations("quiz.practise");
  return (
    <section
      aria-labelledby="practise-heading"
      className="space-y-3 rounded-lg border border-amber-300 bg-amber-50/50 p-4 dark:border-amber-800 dark:bg-amber-950/30"
    >
      <h2 id="practise-heading" className="font-semibold">
        {t("title")}
      </h2>
      <div className="flex flex-wrap items-start gap-3">
        <Link href={`/review?article=${encodeURIComponent(slug)}`} className={`inline-block ${secondaryButton}`}>
          {t("flashcards")}
        </Link>
        <IntlScope namespaces={["quiz"]}>
          <StartQuizForm source={{ kind: "article", slug }} chooseMode={false} label={t("quizMe")} />
        </IntlScope>
      </div>
    </section>
  );
}
