import { search } from "@/lib/data/search";
import { SearchParamsSchema } from "@/lib/search/params";
import { uiLocale } from "@/lib/session/ui-locale";

export const dynamic = "force-dynamic";

/** `GET /api/search?q=&topic=&type=&difficulty=&tag=&lang=`: the instant results of the search page, as JSON. */
export async function GET(request: Request) {
  const parsed = SearchParamsSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ field: i.path.join("."), message: i.message }));
    return Response.json({ error: "invalid search parameters", issues }, { status: 400 });
  }
  const lang = await uiLocale();
  return Response.json(search(parsed.data, lang));
}
