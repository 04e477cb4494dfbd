import { getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";
import type { Article } from "@/lib/content/schemas/article";
import type { Lang } from "@/lib/content/schemas/common";
import type { Question, QuestionContent } from "@/lib/content/schemas/question";
import type { TopicPlace } from "@/lib/data/question-neighbours";
import { AnswerSections } from "./AnswerSections";
import { AnswerCheckPanel, AnswerDraft, TypedAnswerField } from "./coach/AnswerDraft.client";
import { QuestionBadges } from "./ui/Badges";
import { ContentLangSwitch } from "./ContentLangSwitch.client";
import { ContentStyles } from "./ContentStyles";
import { ExplainedIn } from "./ExplainedIn";
import { IntlScope } from "./IntlScope";
import { ChoicePractice } from "./question/ChoicePractice.client";
import { ClozePractice } from "./question/ClozePractice.client";
import { QuestionNeighbours } from "./question/QuestionNeighbours";
import { RenderedHtml } from "./RenderedHtml";
import { RevealAnswer } from "./RevealAnswer.client";
import { QuestionTools } from "./study-tools/QuestionTools.client";
import { htmlLang, SideBySide } from "./SideBySide";

type Version = { lang: Lang; content: QuestionContent };

/** One way of showing the question, for the content-language choices it serves (`data-content-view`). */
export type QuestionViewMode = {
  preferences: string;
  /** The version shown first, and with `second`, the other language beside it. */
  main: Version;
  second?: Version;
  /** The language the reader asked content in: a note says when the question does not exist in it. */
  wanted: Lang;
};

type Props = {
  question: Question;
  views: QuestionViewMode[];
  uiLang: Lang;
  articles: Article[];
  /** Where it sits in its topic: previous and next question. */
  place?: TopicPlace;
};

/**
 * A question page's article. It holds every view the reader's content-language choice may pick (CSS shows one,
 * app/globals.css), but only the parts that differ between them are repeated: title and content; badges, the
 * articles that explain it, tags and the language control appear once.
 */
export async function QuestionView({ question, views, uiLang, articles, place }: Props) {
  const t = await getTranslations("question");
  const tl = await getTranslations("ui.langName");
  const tc = await getTranslations("ui.contentLang");
  const front = ({ lang, content }: Version) => {
    const labelLang = lang === uiLang ? undefined : htmlLang(uiLang);
    return (
      <div className="space-y-5">
        <RenderedHtml html={content.promptHtml} />
        {/* Practised, not only read: pick or type first, and the reveal says whether that was right. */}
        {(content.options || content.booleanAnswer !== undefined || content.clozes) && (
          <IntlScope namespaces={["question", "practice"]}>
            {content.options && (
              <ChoicePractice
                options={content.options.map(({ html, correct, explanationHtml }) => ({
                  html,
                  correct,
                  explanationHtml,
                }))}
                multiple={question.type === "multiple"}
                lettered
                labelLang={labelLang}
              />
            )}
            {content.booleanAnswer !== undefined && (
              <ChoicePractice
                options={[
                  { label: t("true"), correct: content.booleanAnswer },
                  { label: t("false"), correct: !content.booleanAnswer },
                ]}
                multiple={false}
                lettered={false}
                labelLang={labelLang}
              />
            )}
            {content.clozes && (
              <ClozePractice
                blanks={content.clozes.map(({ answers, hint }) => ({ answers, hint }))}
                labelLang={labelLang}
              />
            )}
          </IntlScope>
        )}
        {content.hintsHtml && (
          <details className="rounded-lg bg-stone-50 p-3 dark:bg-stone-900">
            <summary lang={labelLang} className="cursor-pointer font-medium">
              {t("hints")}
            </summary>
            <RenderedHtml html={content.hintsHtml} className="mt-2" />
          </details>
        )}
      </div>
    );
  };
  const back = ({ lang, content }: Version) => (
    <AnswerSections
      content={content}
      labelLang={lang === uiLang ? undefined : htmlLang(uiLang)}
      labels={{
        answer: t("answer"),
        solution: t("solution"),
        explanation: t("explanation"),
        true: t("true"),
        false: t("false"),
      }}
    />
  );
  const both = ({ main, second }: QuestionViewMode, part: (v: Version) => React.ReactNode) =>
    second ? (
      <SideBySide columns={[main, second].map((v) => ({ lang: v.lang, label: tl(v.lang), body: part(v) }))} />
    ) : (
      part(main)
    );
  const versions = views.flatMap((v) => (v.second ? [v.main, v.second] : [v.main]));
  const features = {
    math: versions.some((v) => v.content.features.math),
    code: versions.some((v) => v.content.features.code),
    mermaid: versions.some((v) => v.content.features.mermaid),
  };
  return (
    <article lang={htmlLang(uiLang)} className="space-y-6">
      <ContentStyles features={features} />
      <header className="space-y-3">
        <QuestionBadges type={question.type} difficulty={question.difficulty} />
        {views.map(({ preferences, main, second, wanted }) => (
          <div key={preferences} data-content-view={preferences} lang={htmlLang(main.lang)} className="space-y-3">
            {main.lang !== wanted && (
              <p lang={htmlLang(uiLang)} className="rounded bg-amber-50 p-3 text-sm dark:bg-amber-950">
                {tc("missing", { wanted: tc(wanted), shown: tc(main.lang) })}
              </p>
            )}
            <h1 className="text-2xl font-bold leading-tight">{main.content.title}</h1>
            {second && (
              <p lang={htmlLang(second.lang)} className="text-lg font-semibold text-stone-700 dark:text-stone-300">
                {second.content.title}
              </p>
            )}
          </div>
        ))}
        <ExplainedIn articles={articles} uiLang={uiLang} />
        {question.tags.length > 0 && (
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <span className="text-stone-700 dark:text-stone-300">{t("reviewTag")}</span>
            {question.tags.map((tag) => (
              <Link
                key={tag}
                href={`/review?tag=${tag}`}
                className="rounded-full border border-stone-300 px-2 py-0.5 text-stone-800 hover:border-amber-500 dark:border-stone-700 dark:text-stone-200"
              >
                #{tag}
              </Link>
            ))}
          </p>
        )}
        <IntlScope namespaces={["ui"]}>
          <ContentLangSwitch compact />
        </IntlScope>
        <IntlScope namespaces={["tools"]}>
          <QuestionTools questionId={question.id} />
        </IntlScope>
      </header>
      {views.map((view) => {
        const points = view.main.content.keyPoints?.map(({ html, must, weight }) => ({ html, must, weight }));
        const reveal = (
          <RevealAnswer
            showLabel={t("showAnswer")}
            hideLabel={t("hideAnswer")}
            front={
              <>
                {both(view, front)}
                {points && (
                  <IntlScope namespaces={["coach"]}>
                    <TypedAnswerField />
                  </IntlScope>
                )}
              </>
            }
            back={
              <>
                {both(view, back)}
                {points && (
                  <IntlScope namespaces={["coach", "quiz", "grader"]}>
                    <AnswerCheckPanel />
                  </IntlScope>
                )}
              </>
            }
          />
        );
        return (
          <div key={view.preferences} data-content-view={view.preferences} lang={htmlLang(view.main.lang)}>
            {points ? (
              // An open or code question is practised here too: answer, then check against the key points.
              <AnswerDraft questionId={question.id} lang={view.main.lang} points={points}>
                {reveal}
              </AnswerDraft>
            ) : (
              reveal
            )}
          </div>
        );
      })}
      {place && <QuestionNeighbours place={place} uiLang={uiLang} />}
    </article>
  );
}
