import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const DIR = path.resolve("lib/i18n/messages");

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const read = (file: string) => JSON.parse(readFileSync(path.join(DIR, file), "utf8")) as unknown;

describe("UI messages", () => {
  const english = readdirSync(DIR).filter((f) => /(^|\.)en\.json$/.test(f));

  it.each(english)("%s has a Chinese twin with exactly the same keys", (file) => {
    const chinese = file.replace(/en\.json$/, "zh.json");
    expect(keys(read(chinese)).sort()).toEqual(keys(read(file)).sort());
  });

  it("areas do not define the same top-level namespace twice", () => {
    const seen = new Map<string, string>();
    for (const file of english) {
      for (const ns of Object.keys(read(file) as object)) {
        expect(seen.get(ns), `${ns} is in both ${seen.get(ns)} and ${file}`).toBeUndefined();
        seen.set(ns, file);
      }
    }
  });
});
