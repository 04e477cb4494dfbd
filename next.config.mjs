import { execFileSync } from "node:child_process";
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
import createNextIntlPlugin from "next-intl/plugin";
import FIXED_SECURITY_HEADERS from "./lib/security/fixed-headers.json" with { type: "json" };

// Messages are compiled at build time, so the browser gets a small formatter instead of the ICU parser. Code that
// imports a message file itself must format it with use-intl (see lib/quiz/titles.ts): a message with an argument
// is no longer a plain string in the build.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./lib/i18n/messages", format: "json", locales: ["en", "zh"], precompile: true } },
});

/**
 * Security headers that never change, on every response: pages, API routes and the static files the proxy does not
 * run for (build output, KaTeX's stylesheet and fonts, the icon). Listed, with why, in lib/security/fixed-headers.ts;
 * the per-request ones (CSP, HSTS over https) are added by proxy.ts (lib/security/response-headers.ts).
 */

/**
 * A production build starts by building the content snapshot, so `next build` itself fails on any content
 * error (file:line:column for each). The flag stops Next's build workers from doing it again.
 */
function buildContent() {
  if (process.env.GOLDMINE_CONTENT_BUILT) return;
  execFileSync(
    process.execPath,
    ["--max-semi-space-size=64", "--max-old-space-size=2048", "--import", "tsx", "lib/cli/content-build.ts"],
    { stdio: "inherit" },
  );
  process.env.GOLDMINE_CONTENT_BUILT = "1";
}

/** @type {(phase: string) => import('next').NextConfig} */
export default function config(phase) {
  if (phase === PHASE_PRODUCTION_BUILD) buildContent();
  return withNextIntl({
    // Native module and database drivers: loaded by Node at runtime, never bundled. The PostgreSQL client is
    // generated into node_modules/.prisma/client-postgresql (like @prisma/client, which Next already leaves out).
    serverExternalPackages: [
      "better-sqlite3",
      "@prisma/adapter-better-sqlite3",
      "pg",
      "@prisma/adapter-pg",
      ".prisma/client-postgresql",
      // The FSRS optimiser (fsrs-rs): a native or WASI module, loaded by the background job only.
      "@open-spaced-repetition/binding",
    ],
    poweredByHeader: false,
    headers: async () => [{ source: "/:path*", headers: FIXED_SECURITY_HEADERS }],
    // `npm test` type-checks (tsc --noEmit) and lints every change before it lands; repeating the check inside
    // `next build` cost a first `npm start` about two minutes on a busy 2-core machine for no new information.
    typescript: { ignoreBuildErrors: true },
    reactStrictMode: true,
  });
}
