import type { BrowserContext } from "@playwright/test";
import type { ContentSnapshot } from "@/lib/content/schemas/snapshot";
import { snapshot } from "../../e2e/content-lookup";
import { msg } from "../../e2e/page-types";

type Features = { math: boolean; code: boolean; mermaid: boolean };

/** A page the benchmarks measure: `prepare` brings the app into the state the page needs and returns its URL. */
export type BenchPage = { name: string; prepare: (context: BrowserContext, baseUrl: string) => Promise<string> };

const plain = (f: Features | undefined) => !!f && !f.math && !f.code && !f.mermaid;
const featureCount = (f: Features) => Number(f.math) + Number(f.code) + Number(f.mermaid);
// Addresses name their language (an address without one is a redirect, which a page's figures must not include).
const fixed = (path: string) => async (_: BrowserContext, base: string) => `${base}/en${path === "/" ? "" : path}`;

/** The flashcard page with a card on screen: a first visit already has today's new cards. */
async function reviewWithCard(context: BrowserContext, base: string) {
  const page = await context.newPage();
  await page.goto(`${base}/en/review`);
  await page.getByRole("button", { name: msg("en", "review.showAnswer") }).waitFor({ timeout: 30_000 });
  await page.close();
  return `${base}/en/review`;
}

/** A quiz under way, started through the app's own form; the attempt belongs to this browser's profile cookie. */
const startedQuiz = (slug: string) => async (context: BrowserContext, base: string) => {
  const page = await context.newPage();
  await page.goto(`${base}/en/quizzes/${slug}`);
  await page.getByRole("button", { name: msg("en", "quiz.start.start") }).click();
  await page.waitForURL(/\/attempts\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await page.locator("section[data-question-id]").waitFor();
  const url = page.url();
  await page.close();
  return url;
};

/**
 * Home, flashcards, a started quiz and articles, picked from the content snapshot so the benchmark follows the
 * curriculum: an article without math, diagrams or code when there is one (otherwise a question page like that
 * stands in, and a note says so), and the article with math that needs the fewest other features.
 */
export function benchPages(content: ContentSnapshot = snapshot()): { pages: BenchPage[]; notes: string[] } {
  const notes: string[] = [];
  const set = content.quizzes.find((q) => q.questions && q.questions.length > 0);
  if (!set) throw new Error("no quiz set with a fixed question list in the content: the quiz page cannot be measured");
  const pages: BenchPage[] = [
    { name: "home", prepare: fixed("/") },
    { name: "topic", prepare: fixed(`/topics/${content.topics[0]!.id}`) },
    { name: "flashcard", prepare: reviewWithCard },
    { name: "quiz", prepare: startedQuiz(set.slug) },
  ];
  const plainArticle = content.articles.find((a) => plain(a.langs.en?.features));
  if (plainArticle) pages.push({ name: "article (no math)", prepare: fixed(`/articles/${plainArticle.slug}`) });
  else {
    const q = content.questions.find((x) => !x.draft && !x.retired && plain(x.langs.en?.features));
    notes.push(
      `no article without math, diagrams or code in content/${q ? `: question ${q.id} stands in for one` : ", and no such question either"}`,
    );
    if (q) pages.push({ name: "question (no math)", prepare: fixed(`/questions/${q.id}`) });
  }
  const withMath = content.articles
    .filter((a) => a.langs.en?.features.math)
    .sort((a, b) => featureCount(a.langs.en!.features) - featureCount(b.langs.en!.features))[0];
  if (!withMath) throw new Error("no article with math in content/: the math article page cannot be measured");
  pages.push({ name: "article (math)", prepare: fixed(`/articles/${withMath.slug}`) });
  // The longest explainer: the page whose weight tells most about how content pages are served.
  const longest = [...content.articles].sort(
    (a, b) => (b.langs.en?.text.length ?? 0) - (a.langs.en?.text.length ?? 0),
  )[0];
  if (longest && longest.slug !== withMath.slug)
    pages.push({ name: `long article (${longest.slug})`, prepare: fixed(`/articles/${longest.slug}`) });
  const question = content.questions.find((x) => !x.draft && !x.retired && x.type === "single");
  if (question) pages.push({ name: "question", prepare: fixed(`/questions/${question.id}`) });
  return { pages, notes };
}
