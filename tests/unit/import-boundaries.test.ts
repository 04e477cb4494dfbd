import path from "node:path";
import { ESLint, type Linter } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The layering in eslint.config.mjs, checked through ESLint's own API on code written here (never on files):
// each case lints a snippet as if it lived at `filePath`, so the boundary rules see the folder it would sit in.
const root = path.resolve(import.meta.dirname, "../..");
const BOUNDARY_RULES = new Set(["import/no-restricted-paths", "@typescript-eslint/no-restricted-imports"]);

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The boundary errors ESLint reports for `code` placed at `filePath` (relative to the repository root). */
async function boundaryErrors(filePath: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  const messages = result!.messages;
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.filter((m) => m.ruleId !== null && BOUNDARY_RULES.has(m.ruleId));
}

describe("import boundaries", () => {
  it.each([
    ["lib/quiz/x.ts", `import { currentViewer } from "../session/viewer";`, "lib/session (the request's viewer"],
    ["lib/quiz/x.ts", `import { currentViewer } from "@/lib/session/viewer";`, "lib/session (the request's viewer"],
    ["lib/db/x.ts", `import { listAttempts } from "../attempts/read-attempts";`, "must not import domain services"],
    ["lib/db/x.ts", `import { gradeResponse } from "../quiz/grade";`, "lib/db and lib/env.ts are the bottom layer"],
    [
      "lib/data/x.ts",
      `import { setTheme } from "../actions/set-theme";`,
      "lib/data (reads) must not import lib/actions",
    ],
    ["lib/session/x.ts", `import { getDashboard } from "../data/dashboard";`, "lib/actions and lib/data sit above"],
    ["lib/attempts/x.ts", `import { KatexStyles } from "@/components/KatexStyles";`, "lib/ never imports routes"],
    ["components/x.tsx", `import { run } from "@/lib/cli/run";`, "command-line code"],
    ["lib/content/x.ts", `import { classifyTitle } from "../content-tools/import/detect";`, "command-line code"],
    ["lib/stats/x.ts", `import { listAttempts } from "../attempts/read-attempts";`, "must not import domain services"],
    ["lib/stats/streak.ts", `import { loadDashboard } from "./load-dashboard";`, "must not import domain services"],
    ["lib/review/x.ts", `import { currentViewer } from "../session/viewer";`, "lib/session (the request's viewer"],
  ])("%s may not %s", async (filePath, code, message) => {
    const errors = await boundaryErrors(filePath, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.ruleId).toBe("import/no-restricted-paths");
    expect(errors[0]!.message).toContain(message);
  });

  it.each([
    ["lib/quiz/x.ts", `import { headers } from "next/headers";`, "must not depend on Next.js"],
    ["lib/review/x.ts", `import { PrismaClient } from "@prisma/client";`, "must not use the database client"],
    ["lib/stats/x.ts", `import "server-only";`, "must run in the browser and in tests"],
    ["lib/search/x.ts", `import { getTranslations } from "next-intl/server";`, "must not read the request's locale"],
    ["lib/client-id.ts", `import { cookies } from "next/headers";`, "must not depend on Next.js"],
    ["lib/security/x.ts", `import { NextResponse } from "next/server";`, "must not depend on Next.js"],
  ])("pure code at %s may not %s", async (filePath, code, message) => {
    const errors = await boundaryErrors(filePath, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.ruleId).toBe("@typescript-eslint/no-restricted-imports");
    expect(errors[0]!.message).toContain(message);
  });

  it.each([
    ["lib/actions/x.ts", `import { currentViewer } from "../session/viewer";`],
    ["lib/actions/x.ts", `import { getDashboard } from "../data/dashboard";`],
    [
      "components/x.tsx",
      `import { setTheme } from "@/lib/actions/set-theme";\nimport { getDashboard } from "@/lib/data/dashboard";`,
    ],
    ["app/x/page.tsx", `import { KatexStyles } from "@/components/KatexStyles";`],
    ["lib/session/x.ts", `import { listAttempts } from "../attempts/read-attempts";`],
    ["lib/attempts/x.ts", `import { gradeResponse } from "../quiz/grade";\nimport type { Db } from "../db/types";`],
    [
      "lib/cli/x.ts",
      `import { listAttempts } from "../attempts/read-attempts";\nimport { classifyTitle } from "../content-tools/import/detect";`,
    ],
    ["lib/review/x.ts", `import type { Profile } from "@prisma/client";`],
    ["lib/review/x.ts", `import { type PrismaClient } from "@prisma/client";`],
    ["lib/errors/messages.ts", `import "server-only";\nimport { getTranslations } from "next-intl/server";`],
    // The dashboard loader is a service that happens to live beside the statistics it composes.
    ["lib/stats/load-dashboard.ts", `import { listAttempts } from "../attempts/read-attempts";`],
    ["lib/review/x.ts", `import { TimeZoneSchema } from "../preferences/study-settings";`],
  ])("%s may %s", async (filePath, code) => {
    expect(await boundaryErrors(filePath, code)).toEqual([]);
  });
});
