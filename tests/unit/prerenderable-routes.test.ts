import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * The layout and the content pages must never read the request (cookies, headers, the session, the visitor's
 * profile): one such read makes every page below it dynamic, rendered per request, which is what issue 16 undid.
 * `next build` would only say "ƒ" quietly; this names the file and the import. What a page shows of the visitor
 * comes from the browser (/api/me…) instead.
 */
const PRERENDERED = [
  "app/[locale]/layout.tsx",
  "app/[locale]/page.tsx",
  "app/[locale]/topics/[id]/page.tsx",
  "app/[locale]/questions/[id]/page.tsx",
  "app/[locale]/articles/[slug]/page.tsx",
  "app/[locale]/quizzes/page.tsx",
  "app/[locale]/quizzes/[slug]/page.tsx",
  "app/[locale]/mock/page.tsx",
  "app/[locale]/search/page.tsx",
  "app/[locale]/review/page.tsx",
  "app/[locale]/cards/page.tsx",
  "app/[locale]/sign-in/page.tsx",
  "app/[locale]/sign-up/page.tsx",
];
const REQUEST_READS = [
  /from "next\/headers"/,
  // lib/session reads the request; page-locale.ts is the exception that only reads the address's [locale].
  /from "@\/lib\/session\/(?!page-locale")/,
  /from "@\/lib\/data\/review"/,
  /\bmyAttempts\b/,
  /\bcurrentViewer\b/,
  /\bsearchParams\b/,
];

describe("routes that are prerendered read nothing from the request", () => {
  it.each(PRERENDERED)("%s", (file) => {
    const source = readFileSync(file, "utf8");
    expect(REQUEST_READS.filter((pattern) => pattern.test(source)).map(String)).toEqual([]);
    // Each takes its language from the address, which is what lets next-intl render it at build time.
    expect(source).toMatch(file.endsWith("layout.tsx") ? /setRequestLocale\(/ : /pageLocale\(params\)/);
  });

  it("and none of them is marked dynamic", () => {
    for (const file of PRERENDERED) expect(readFileSync(file, "utf8"), file).not.toMatch(/export const dynamic\b/);
  });
});
