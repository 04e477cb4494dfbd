import { describe, expect, it } from "vitest";
import { countReadingUnits, readingMinutes } from "@/lib/content/reading-time";

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");
const hanzi = (n: number) => "注意力机制".repeat(Math.ceil(n / 5)).slice(0, n);

describe("countReadingUnits", () => {
  it("counts English words, with contractions, hyphenated words and decimals as one word each", () => {
    expect(countReadingUnits("Don't use state-of-the-art GPT-4 at 3.5 tokens/s.")).toEqual({
      cjkCharacters: 0,
      latinWords: 8,
    });
  });

  it("counts each Chinese character, not each run of them", () => {
    expect(countReadingUnits("自注意力的复杂度是多少？")).toEqual({ cjkCharacters: 11, latinWords: 0 });
  });

  it("counts Latin words inside Chinese text separately, even without spaces around them", () => {
    expect(countReadingUnits("用GPU训练Transformer模型，batch size 取 32。")).toEqual({
      cjkCharacters: 6,
      latinWords: 5,
    });
  });
});

describe("readingMinutes", () => {
  it("reads English at about 225 words a minute", () => {
    expect(readingMinutes(words(1800))).toBe(8);
    expect(readingMinutes(words(450))).toBe(2);
  });

  it("reads Chinese at about 350 characters a minute", () => {
    expect(readingMinutes(hanzi(2800))).toBe(8);
    expect(readingMinutes(hanzi(700))).toBe(2);
  });

  it("adds the two for mixed text", () => {
    // 1750 characters (5 min) and 675 words (3 min).
    expect(readingMinutes(`${hanzi(1750)} ${words(675)}`)).toBe(8);
  });

  it("rounds to the nearest minute", () => {
    expect(readingMinutes(words(225 * 3 + 100))).toBe(3);
    expect(readingMinutes(words(225 * 3 + 125))).toBe(4);
  });

  it("says at least one minute for a short text and zero for nothing to read", () => {
    expect(readingMinutes("Hello.")).toBe(1);
    expect(readingMinutes("  \n — ")).toBe(0);
  });
});
