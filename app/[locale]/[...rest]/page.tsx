import { notFound } from "next/navigation";

// Any address no page has: answered per request (its 404 names no language-specific page to prerender).
export const dynamic = "force-dynamic";

// An unknown address inside a language gets that language's not-found page, in the site's layout.
export default function UnknownPage() {
  notFound();
}
