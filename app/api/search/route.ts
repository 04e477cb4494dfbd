import { search } from "@/lib/data/search";
import { LocaleSchema } from "@/lib/i18n/locales";
import { SearchParamsSchema } from "@/lib/search/params";
import { uiLocale } from "@/lib/session/ui-locale";

export const dynamic = "force-dynamic";

/**
 * `GET /api/search?q=&topic=&type=&difficulty=&tag=&lang=&ui=`: the results of the search page, as JSON. `ui` is
 * the page's language (topic names, snippets); without it, the visitor's.
 */
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  const parsed = SearchParamsSchema.safeParse(Object.fromEntries(query));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ field: i.path.join("."), message: i.message }));
    return Response.json({ error: "invalid search parameters", issues }, { status: 400 });
  }
  const ui = LocaleSchema.safeParse(query.get("ui"));
  return Response.json(search(parsed.data, ui.success ? ui.data : await uiLocale()));
}
