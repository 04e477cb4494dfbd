import { graderAvailable } from "@/lib/data/grader";
import { privateJson } from "@/lib/data/private-json";

export const dynamic = "force-dynamic";

/**
 * `GET /api/grader`: whether this deployment has an answer grader. Prerendered pages (flashcards, question pages)
 * ask at run time, since the configuration is the running server's, not the build's.
 */
export function GET() {
  return privateJson({ enabled: graderAvailable() });
}
