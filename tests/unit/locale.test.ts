import { describe, expect, it } from "vitest";
import { negotiateLocale } from "@/lib/i18n/locales";

describe("first visit follows the browser's language", () => {
  it.each([
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh"],
    ["en-US,en;q=0.9", "en"],
    ["fr-FR,fr;q=0.9,zh-TW;q=0.8", "zh"],
    ["en;q=0.5,zh;q=0.9", "zh"],
    ["de-DE", "en"],
    ["", "en"],
    [null, "en"],
  ])("%s → %s", (header, want) => {
    expect(negotiateLocale(header)).toBe(want);
  });
});
