import { defineConfig, globalIgnores } from "eslint/config";
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const root = import.meta.dirname;

/*
 * The import layers, top to bottom. A file may import from its own layer and any layer below it, never from one
 * above (siblings within a layer may import each other). Enforced with import/no-restricted-paths, whose zones read
 * "files in `target` may not import from `from`"; tests/ may import anything. tests/unit/import-boundaries.test.ts
 * checks the zones.
 */
const routes = ["app"];
const components = ["components"];
const actionsAndData = ["lib/actions", "lib/data"];
const session = ["lib/session"];
const services = [
  "lib/attempts",
  "lib/assignments",
  "lib/classes",
  "lib/gradebook",
  "lib/profile",
  "lib/auth",
  "lib/demo",
  "lib/grading",
  "lib/open-answers",
  "lib/mock-interviews",
  "lib/scheduling",
  "lib/audit",
  "lib/privacy",
  // The dashboard loader composes attempts, reviews and the pure statistics beside it: a service living in lib/stats.
  "lib/stats/load-dashboard.ts",
  "lib/stats/review-tally-rows.ts",
];
const pure = [
  "lib/quiz",
  "lib/review",
  "lib/coach",
  "lib/stats",
  "lib/search",
  "lib/preferences",
  "lib/content",
  "lib/errors",
  "lib/i18n",
  "lib/security",
  "lib/client-id.ts",
  // The service worker and what the app shares with it: runs in the browser, never on the server.
  "lib/offline",
];
/** The pure folders as zone targets: lib/stats without its two service files (a glob, matched by minimatch). */
const pureTargets = pure.map((p) => (p === "lib/stats" ? "lib/stats/!(load-dashboard|review-tally-rows).ts" : p));
const database = ["lib/db", "lib/env.ts"];
/** Command-line code: may import anything in lib/, and nothing outside lib/cli and lib/content-tools may import it. */
const commandLine = ["lib/cli", "lib/content-tools"];
const appLib = [...actionsAndData, ...session, ...services, ...pure, ...database];

const boundaryZones = [
  {
    target: ["lib"],
    from: [...routes, ...components],
    message: "lib/ never imports routes (app/) or components (components/): move the shared code down into lib/.",
  },
  {
    target: [...routes, ...components, ...appLib],
    from: commandLine,
    message: "lib/cli and lib/content-tools are command-line code: the app and its libraries must not import them.",
  },
  {
    target: components,
    from: routes,
    message: "components/ must not import from app/ (routes sit above components).",
  },
  {
    target: ["lib/data"],
    from: ["lib/actions"],
    message: "lib/data (reads) must not import lib/actions (writes); actions may import data, not the reverse.",
  },
  {
    target: [...session, ...services, ...pure, ...database],
    from: actionsAndData,
    message: "lib/actions and lib/data sit above the session and domain layers: import downwards only.",
  },
  {
    target: [...services, ...pure, ...database],
    from: session,
    message:
      "lib/session (the request's viewer, cookies, headers) sits above the domain: pass the viewer or profile id in as an argument instead.",
  },
  {
    target: [...pureTargets, ...database],
    from: services,
    message:
      "Pure domain code (quiz, review, stats, search, preferences, content, errors, i18n, security) and lib/db must not import domain services.",
  },
  {
    target: database,
    from: pure,
    message: "lib/db and lib/env.ts are the bottom layer: they must not import domain code.",
  },
];

/** Pure-domain code runs in the browser and in tests: no framework, database or server-only values (types are fine). */
const pureRestrictedImports = {
  paths: [
    { name: "next", message: "Pure domain code must not depend on Next.js.", allowTypeImports: true },
    {
      name: "next-intl/server",
      message: "Pure domain code must not read the request's locale; take messages or a translator as an argument.",
      allowTypeImports: true,
    },
    {
      name: "@prisma/client",
      message: "Pure domain code must not use the database client (type-only imports are fine).",
      allowTypeImports: true,
    },
    { name: "server-only", message: "Pure domain code must run in the browser and in tests.", allowTypeImports: true },
  ],
  patterns: [{ group: ["next/*"], message: "Pure domain code must not depend on Next.js.", allowTypeImports: true }],
};

export default defineConfig(
  globalIgnores([
    ".next/**",
    ".goldmine/**",
    "coverage/**",
    "test-results/**",
    "playwright-report/**",
    "bench-results/**",
    "data/**",
    "public/**",
    "prisma/**/generated/**",
    "prisma/migrations/**",
    "tests/fixtures/**",
    "next-env.d.ts",
  ]),
  nextCoreWebVitals,
  // typescript-eslint's recommended rules (eslint-config-next/typescript is `tseslint.configs.recommended` plus two
  // downgrades to warnings, undone below).
  nextTypescript,
  {
    // A disable comment that no longer suppresses anything is an error, so none outlives the code it excused.
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // Errors, as in typescript-eslint's recommended set; `_name` marks something unused on purpose (a positional
      // argument, a skipped tuple element).
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
        },
      ],
      "@typescript-eslint/no-unused-expressions": "error",
    },
  },
  {
    files: ["app/**", "components/**", "lib/**"],
    rules: {
      "import/no-restricted-paths": ["error", { basePath: root, zones: boundaryZones }],
    },
  },
  {
    files: pure.map((p) => (p.endsWith(".ts") ? p : `${p}/**`)),
    rules: { "@typescript-eslint/no-restricted-imports": ["error", pureRestrictedImports] },
  },
  {
    // The two framework seams among the pure folders (still bound by the layering above):
    // lib/errors/messages.ts is the one place errors become words, in the request's language (next-intl/server,
    // hence server-only); lib/i18n/request.ts is next-intl's request config (named in next.config.mjs), which reads
    // the locale cookie and Accept-Language. Neither may touch the database client.
    files: ["lib/errors/messages.ts", "lib/i18n/request.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { paths: pureRestrictedImports.paths.filter((p) => p.name === "@prisma/client") },
      ],
    },
  },
  {
    // Playwright code, not React: `use` and `use*` there are Playwright fixtures and helpers, not hooks.
    files: ["tests/e2e/**", "tests/e2e-pg/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
);
