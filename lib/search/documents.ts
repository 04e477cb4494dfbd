import type { ContentSnapshot } from "../content/schemas/snapshot";
import type { Lang } from "../content/schemas/common";
import { isPublished, type Difficulty, type QuestionType } from "../content/schemas/question";

/** One searchable thing in one language: a question, or one section of an article. */
export type SearchDocument = {
  /** Unique per language: "q:<id>:<lang>", "a:<slug>:<lang>:<section>". */
  id: string;
  kind: "question" | "article";
  /** The same for both languages of one thing (an article section by its position), so a result is listed once. */
  key: string;
  lang: Lang;
  url: string;
  topic: string;
  tags: string[];
  type?: QuestionType;
  difficulty?: Difficulty;
  /** The question's title, or the section's heading (the article's title for its introduction). */
  title: string;
  /** For an article section: the article it belongs to. */
  context?: string;
  prompt: string;
  body: string;
};

// "{{c1::max|maximum::hint}}": the prompt shows a blank (with its hint), as the card does, so that a snippet
// never gives the answers away; the answers still find the question, as words of its answer.
const CLOZE = /\{\{c\d+::(.*?)(?:::(.*?))?\}\}/g;
const blankCloze = (text: string) =>
  text.replace(CLOZE, (_m, _answers: string, hint?: string) => (hint ? `[${hint}…]` : "[…]"));
const clozeAnswers = (text: string) => [...text.matchAll(CLOZE)].map((m) => m[1]!.replaceAll("|", " ")).join("\n");

export function searchDocuments(snapshot: Pick<ContentSnapshot, "questions" | "articles">): SearchDocument[] {
  const docs: SearchDocument[] = [];
  for (const q of snapshot.questions) {
    if (!isPublished(q)) continue;
    for (const lang of ["zh", "en"] as const) {
      const c = q.langs[lang];
      if (!c) continue;
      docs.push({
        id: `q:${q.id}:${lang}`,
        kind: "question",
        key: `q:${q.id}`,
        lang,
        url: `/questions/${q.id}`,
        topic: q.topic,
        tags: q.tags,
        type: q.type,
        difficulty: q.difficulty,
        title: c.title,
        prompt: blankCloze(c.searchText.prompt),
        body: [clozeAnswers(c.searchText.prompt), c.searchText.answer].filter(Boolean).join("\n"),
      });
    }
  }
  for (const a of snapshot.articles) {
    for (const lang of ["zh", "en"] as const) {
      const c = a.langs[lang];
      if (!c) continue;
      for (const [i, s] of c.sections.entries()) {
        const intro = s.id === "";
        docs.push({
          id: `a:${a.slug}:${lang}:${s.id}`,
          kind: "article",
          key: `a:${a.slug}#${i}`,
          lang,
          url: intro ? `/articles/${a.slug}` : `/articles/${a.slug}#${s.id}`,
          topic: a.topic,
          tags: a.tags,
          title: intro ? c.title : s.heading,
          context: intro ? undefined : c.title,
          prompt: intro ? c.summary : "",
          body: s.text,
        });
      }
    }
  }
  return docs;
}
