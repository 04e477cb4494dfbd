import { describe, expect, it } from "vitest";
import { newProfileId, signProfileId, verifyProfileCookie } from "@/lib/profile/cookie";
import { LearnerSettingsSchema } from "@/lib/preferences/study-settings";
import { clozeCardHtml } from "@/lib/review/cloze-card";
import { matchesAnswer } from "@/lib/quiz/answer-match";

const SECRET = "s".repeat(32);

describe("the anonymous profile cookie", () => {
  it("round-trips an id signed with the server's secret", () => {
    const id = newProfileId();
    expect(verifyProfileCookie(signProfileId(id, SECRET), SECRET)).toBe(id);
  });

  it.each([
    ["a forged signature", (v: string) => v.slice(0, -3) + "abc"],
    ["another secret", (v: string) => signProfileId(v.split(".")[0]!, "t".repeat(32))],
    ["a swapped id", (v: string) => `${newProfileId()}.${v.split(".")[1]}`],
    ["no signature", (v: string) => v.split(".")[0]!],
    ["garbage", () => "not-a-cookie"],
  ])("rejects %s", (_, tamper) => {
    expect(verifyProfileCookie(tamper(signProfileId(newProfileId(), SECRET)), SECRET)).toBeUndefined();
  });
});

describe("study settings", () => {
  it("defaults to 20 new cards a day and 90% retention", () => {
    expect(LearnerSettingsSchema.parse({})).toEqual({ dailyNewLimit: 20, desiredRetention: 0.9, timeZone: "UTC" });
  });
  it.each([
    { desiredRetention: 0.69 },
    { desiredRetention: 0.98 },
    { dailyNewLimit: -1 },
    { dailyNewLimit: 2.5 },
    { timeZone: "Mars/Olympus" },
  ])("refuses %o", (bad) => {
    expect(LearnerSettingsSchema.safeParse(bad).success).toBe(false);
  });
});

describe("cloze cards", () => {
  const html =
    '<p>A <span class="cloze" data-cloze="1"><span class="cloze-blank">[…]</span><span class="cloze-answer">one</span></span> and <span class="cloze" data-cloze="2"><span class="cloze-blank">[…]</span><span class="cloze-answer">two</span></span>.</p>';
  it("asks only the card's own blank and shows the others as context", () => {
    const card = clozeCardHtml(html, 2);
    expect(card).toContain('<span class="cloze-context">one</span>');
    expect(card).toContain('class="cloze cloze-active" data-cloze="2"><span class="cloze-blank">[…]</span>');
  });
  it("accepts typed answers ignoring case, surrounding and repeated spaces, and full-width forms", () => {
    expect(matchesAnswer("  Maximum ", ["maximum"])).toBe(true);
    expect(matchesAnswer("ＫＶ  cache", ["kv cache"])).toBe(true);
    expect(matchesAnswer("max", ["maximum", "the max"])).toBe(false);
    expect(matchesAnswer("   ", [""])).toBe(false);
  });
});
