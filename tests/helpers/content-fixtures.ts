import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const FIXTURES = path.resolve("tests/fixtures/content");
export const DEFECTS = path.join(FIXTURES, "defects");

export function defectCases(): string[] {
  return readdirSync(DEFECTS).sort();
}

/** A temporary content root: the valid base with one defect case's files laid over it. */
export function contentRootWith(defect?: string): { root: string; publicDir: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "goldmine-content-"));
  const root = path.join(dir, "content");
  cpSync(path.join(FIXTURES, "base"), root, { recursive: true });
  if (defect) cpSync(path.join(DEFECTS, defect), root, { recursive: true });
  return { root, publicDir: path.join(FIXTURES, "public") };
}
