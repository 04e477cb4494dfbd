import { getCardContent } from "@/lib/data/review-content";
import { questionParams } from "@/lib/data/static-params";

// One static file per published question, built with the site; its address carries the content's version (`?v=`).
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = questionParams;

/** `GET /api/review-content/questions/<id>`: a question's flashcard content in both languages. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const content = getCardContent((await params).id);
  if (!content) return Response.json({ error: "No such question." }, { status: 404 });
  return Response.json(content);
}
