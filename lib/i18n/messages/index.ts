import type { Locale } from "../locales";

/**
 * UI strings, one file per area and language (`<area>.<locale>.json`, the base area is `<locale>.json`), merged
 * into one tree. Areas keep parallel work from editing the same file; `tests/unit/messages.test.ts` checks that
 * both languages have exactly the same keys.
 */
const AREAS = [
  "",
  "study.",
  "review-session.",
  "quiz.",
  "article.",
  "dashboard.",
  "ui.",
  "search.",
  "auth.",
  "gradebook.",
  "classes.",
  "offline.",
  "coach.",
  "grader.",
  "schedule.",
  "mock.",
  "mail.",
  "privacy.",
  "audit.",
  "tools.",
  "site.",
  "practice.",
  "cards.",
  "mistakes.",
] as const;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const parts = await Promise.all(
    AREAS.map(async (area) => (await import(`./${area}${locale}.json`)).default as Record<string, unknown>),
  );
  return Object.assign({}, ...parts);
}
