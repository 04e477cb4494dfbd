import type { QuizResponse } from "./response";

/** Size limits of a response, shared by the server's schema and this browser-side check. */
export const RESPONSE_LIMITS = { text: 20_000, blank: 500, items: 50 } as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isIndex = (v: unknown) => typeof v === "number" && Number.isInteger(v) && v >= 0;
const hasOnly = (v: Record<string, unknown>, keys: string[]) =>
  Object.keys(v).every((k) => keys.includes(k)) && keys.every((k) => k in v);
const isText = (v: unknown, max: number) => typeof v === "string" && v.length <= max;
const isList = (v: unknown, item: (x: unknown) => boolean) =>
  Array.isArray(v) && v.length <= RESPONSE_LIMITS.items && v.every(item);

/**
 * What QuizResponseSchema accepts, without zod: the quiz runner checks the drafts it kept in localStorage with
 * it, and zod would add ~30 KB of gzipped JavaScript to the page. A unit test holds the two to the same answers.
 */
export function isQuizResponse(v: unknown): v is QuizResponse {
  if (!isRecord(v)) return false;
  switch (v.type) {
    case "single":
      return hasOnly(v, ["type", "choice"]) && isIndex(v.choice);
    case "multiple":
      return hasOnly(v, ["type", "choices"]) && isList(v.choices, isIndex);
    case "boolean":
      return hasOnly(v, ["type", "value"]) && typeof v.value === "boolean";
    case "cloze":
      return hasOnly(v, ["type", "blanks"]) && isList(v.blanks, (x) => isText(x, RESPONSE_LIMITS.blank));
    case "open":
    case "code":
      return hasOnly(v, ["type", "text"]) && isText(v.text, RESPONSE_LIMITS.text);
    default:
      return false;
  }
}
