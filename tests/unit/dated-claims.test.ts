import { describe, expect, it } from "vitest";
import { findDatedClaims, findDatedClaimsInText } from "@/lib/content/dated-claims";
import { parseMarkdown } from "@/lib/content/markdown/parse";

const claims = (text: string) => findDatedClaimsInText(text).map((c) => c.text);

describe("dated claims in text", () => {
  it("finds the English form, with or without a month, in any case", () => {
    expect(claims("As of November 2026, MCP is widely supported.")).toEqual(["As of November 2026"]);
    expect(claims("This holds as of 2026; check again later.")).toEqual(["as of 2026"]);
    expect(claims("as of Dec. 2026 and AS OF sept 2025")).toEqual(["as of Dec. 2026", "AS OF sept 2025"]);
    expect(claims("stated as of\nDecember 2026, across a line break")).toEqual(["as of\nDecember 2026"]);
  });

  it("finds the Chinese form, with or without the month and the spaces", () => {
    expect(claims("截至 2026 年 11 月，多款模型支持百万 token。")).toEqual(["截至 2026 年 11 月"]);
    expect(claims("截至2026年，仍无定论。")).toEqual(["截至2026年"]);
    expect(claims("截至 2025 年底")).toEqual(["截至 2025 年"]);
  });

  it("ignores phrases that are not dates", () => {
    expect(claims("as of now, nothing has changed")).toEqual([]);
    expect(claims("deprecated as of version 2")).toEqual([]);
    expect(claims("as of v2024.1 the flag is gone")).toEqual([]);
    expect(claims("as of December, the rule applies")).toEqual([]);
    expect(claims("as of 20261 requests")).toEqual([]);
    expect(claims("a canvas of 2026 pixels")).toEqual([]);
    expect(claims("as of [month and year], …")).toEqual([]);
    expect(claims("截至目前，仍无定论。")).toEqual([]);
    expect(claims("截至某年某月，……")).toEqual([]);
    expect(claims("截至 2026，未写年字")).toEqual([]);
    expect(claims("2026 年 11 月发布")).toEqual([]);
  });

  it("returns the claims of both languages in text order", () => {
    expect(findDatedClaimsInText("截至 2026 年 12 月 (as of December 2026)")).toEqual([
      { index: 0, text: "截至 2026 年 12 月" },
      { index: 16, text: "as of December 2026" },
    ]);
  });
});

describe("dated claims in a Markdown tree", () => {
  const find = (body: string, offset = 0) => findDatedClaims(parseMarkdown(body), body, offset);

  it("reports the line and column of each claim in the source, plus the frontmatter offset", () => {
    const body = "## Context\n\nWindows grew: as of November 2026, a million tokens.\n\n- 截至 2026 年，仍在增长。\n";
    expect(find(body, 5)).toEqual([
      { line: 8, column: 15, text: "as of November 2026" },
      { line: 10, column: 3, text: "截至 2026 年" },
    ]);
  });

  it("counts columns in the source, so escapes and links earlier on the line do not shift them", () => {
    const body = "A \\*literal\\* [link](https://example.org) and, as of 2026, more.\n";
    expect(find(body)).toEqual([{ line: 1, column: body.indexOf("as of") + 1, text: "as of 2026" }]);
  });

  it("joins a claim broken over two lines into one line of text, reported where it starts", () => {
    expect(find("Stated as of\nDecember 2026.\n")).toEqual([{ line: 1, column: 8, text: "as of December 2026" }]);
  });

  it("ignores code, inline code and math: they show the form, they do not claim anything", () => {
    const body = [
      "Write `as of November 2026` in your text.",
      "",
      "```text",
      "as of November 2026",
      "```",
      "",
      "$$",
      "\\text{as of 2026}",
      "$$",
      "",
    ].join("\n");
    expect(find(body)).toEqual([]);
  });
});
