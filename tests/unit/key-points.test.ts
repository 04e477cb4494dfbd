import { describe, expect, it } from "vitest";
import { parseMarkdown } from "@/lib/content/markdown/parse";
import { keyPointsSignature, readKeyPoints } from "@/lib/content/key-points";
import { coverageOf, suggestedRating, suggestedSelfGrade, verdictsFromTicks } from "@/lib/coach/point-verdicts";

const section = (md: string) => parseMarkdown(md).children;
const read = (md: string) => readKeyPoints(section(md));
const texts = (md: string) =>
  read(md).points.map((p) => [
    p.must,
    p.weight,
    p.body.map((n) => ("children" in n ? n.children.map((c) => ("value" in c ? c.value : "")).join("") : "")).join(""),
  ]);

describe("reading a Key points section", () => {
  it("reads plain bullets and every marker form, and cuts the marker out of what is shown", () => {
    const md =
      "- Plain point.\n- [must] A must point.\n- [weight 2] A heavy point.\n- [must, weight 3] Both.\n- [ Must ,Weight 2 ]  Spaced and cased.";
    expect(texts(md)).toEqual([
      [false, 1, "Plain point."],
      [true, 1, "A must point."],
      [false, 2, "A heavy point."],
      [true, 3, "Both."],
      [true, 2, "Spaced and cased."],
    ]);
    expect(read(md).problems).toEqual([]);
  });

  it("keeps inline markup after a marker (code, math, links)", () => {
    const { points, problems } = read("- [must] Divide by `sqrt(d_k)` so $QK^\\top$ stays small.\n- Two.\n- Three.");
    expect(problems).toEqual([]);
    expect(points[0]!.body[0]).toMatchObject({ type: "paragraph" });
    expect((points[0]!.body[0] as { children: { type: string }[] }).children.map((c) => c.type)).toEqual([
      "text",
      "inlineCode",
      "text",
      "inlineMath",
      "text",
    ]);
  });

  it.each([
    ["- One.\n- Two.", "key-points-count", /lists 2 point\(s\); write 3 to 6/],
    ["- 1\n- 2\n- 3\n- 4\n- 5\n- 6\n- 7", "key-points-count", /lists 7 point\(s\)/],
    ["- One.\n- [must]\n- Three.", "key-point-empty", /empty/],
    ["- One.\n- [must]   \n- Three.", "key-point-empty", /empty/],
    ["- One.\n- [important] Two.\n- Three.", "key-point-marker", /unknown key-point marker "\[important\]"/],
    ["- One.\n- [weight 4] Two.\n- Three.", "key-point-marker", /N from 1 to 3/],
    ["- One.\n- [must, must] Two.\n- Three.", "key-point-marker", /unknown/],
    ["1. One.\n2. Two.\n3. Three.", "key-points-format", /one bullet list/],
    ["Some prose.\n\n- One.\n- Two.\n- Three.", "key-points-format", /one bullet list/],
    ["Just prose.", "key-points-format", /one bullet list/],
  ])("reports %j as %s", (md, rule, message) => {
    const { problems } = read(md);
    expect(problems.map((p) => p.rule)).toEqual([rule]);
    expect(problems[0]!.message).toMatch(message);
  });

  it("signs the count and markers by position, so the two languages can be compared", () => {
    const { points } = read("- [must] A.\n- B.\n- [weight 2] C.");
    expect(keyPointsSignature(points)).toBe("3 point(s): must | - | weight 2");
    expect(keyPointsSignature(undefined)).toBe("");
  });
});

describe("scoring the points covered", () => {
  const points = [
    { must: true, weight: 1 },
    { must: false, weight: 2 },
    { must: false, weight: 1 },
  ];

  it("weights each point and counts a partly covered one as half", () => {
    expect(coverageOf(points, ["covered", "covered", "covered"]).score).toBe(1);
    expect(coverageOf(points, ["covered", "partly", "missing"]).score).toBeCloseTo(2 / 4);
    expect(coverageOf(points, ["covered", "missing", "covered"])).toEqual({
      score: 0.5,
      missedMust: false,
      covered: 2,
      partly: 0,
      missing: 1,
    });
  });

  it("fails an answer that leaves out a must point, whatever else it covers", () => {
    const c = coverageOf(points, ["missing", "covered", "covered"]);
    expect(c.score).toBe(0.75);
    expect(c.missedMust).toBe(true);
    expect(suggestedRating(c)).toBe(1);
    expect(suggestedSelfGrade(c)).toBe("wrong");
    // Partly making a must point costs score, not the whole answer.
    expect(coverageOf(points, ["partly", "covered", "covered"]).missedMust).toBe(false);
  });

  it("suggests Good for everything, Hard for half or more, Again below (and the matching self-grade)", () => {
    const cases: [boolean[], number, string][] = [
      [[true, true, true], 3, "correct"],
      [[true, true, false], 2, "partial"],
      [[true, false, true], 2, "partial"],
      [[true, false, false], 1, "wrong"],
      [[false, false, false], 1, "wrong"],
    ];
    for (const [ticks, rating, grade] of cases) {
      const c = coverageOf(points, verdictsFromTicks(ticks));
      expect([ticks, suggestedRating(c), suggestedSelfGrade(c)]).toEqual([ticks, rating, grade]);
    }
  });

  it("refuses a verdict list that does not match the points", () => {
    expect(() => coverageOf(points, ["covered"])).toThrow(/expected 3 verdicts, got 1/);
  });
});
