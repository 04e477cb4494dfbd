import { notFound } from "next/navigation";

// Reached through the request proxy for `/review?topic=<unknown>`: answered per request, with a 404.
export const dynamic = "force-dynamic";

/** The 404 for a review of a topic that does not exist: its own not-found page lists the topics there are. */
export default function NoSuchTopicPage() {
  notFound();
}
