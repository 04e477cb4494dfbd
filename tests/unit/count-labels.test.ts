import { describe, expect, it } from "vitest";
import { countLabel, countLabels } from "@/lib/i18n/count-labels";

// What the message files say, written out as a formatter would for each count.
const en = (count: number) =>
  count === 0
    ? "Nothing due today"
    : count === 1
      ? "1 card due today"
      : `${count.toLocaleString("en")} cards due today`;
const zh = (count: number) =>
  count === 0 ? "今天没有待复习的卡片" : `今天有 ${count.toLocaleString("zh")} 张卡片待复习`;

describe("count labels resolved on the server, chosen in the browser", () => {
  it("say what the message says for every count, by the language's plural rules", () => {
    const labels = countLabels(en, "en");
    for (const n of [0, 1, 2, 21, 1234]) expect(countLabel(labels, n, "en")).toBe(en(n));
    const chinese = countLabels(zh, "zh");
    for (const n of [0, 1, 2, 1234]) expect(countLabel(chinese, n, "zh")).toBe(zh(n));
  });
});
