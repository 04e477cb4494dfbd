import { describe, expect, it } from "vitest";
import { EVIDENCE_MAX_CHARS, parseGraderReply } from "@/lib/coach/grader-verdicts";

const answer = "Each token gets a Query, a key and a value.\nThen   a softmax turns scores into weights.";
const reply = (verdicts: unknown, extra: object = {}) => JSON.stringify({ verdicts, ...extra });
const good = [
  { point: "P2", verdict: "partly", evidence: "a softmax turns scores into weights" },
  { point: "P1", verdict: "covered", evidence: "each token gets a query, a key and a value" },
  { point: "P3", verdict: "missing", evidence: "" },
];

describe("reading the grader's reply", () => {
  it("accepts one verdict per listed point, in any order, and returns them in the points' order", () => {
    expect(parseGraderReply(reply(good), 3, answer)).toEqual({
      ok: true,
      verdicts: [
        { verdict: "covered", evidence: "each token gets a query, a key and a value" },
        { verdict: "partly", evidence: "a softmax turns scores into weights" },
        { verdict: "missing", evidence: "" },
      ],
    });
  });

  it("accepts a fenced reply and quotes with quote marks, other case or other spacing", () => {
    const quoted = [{ ...good[0]!, evidence: "“Then a SOFTMAX turns scores…”" }, good[1], good[2]];
    const parsed = parseGraderReply("```json\n" + reply(quoted) + "\n```", 3, answer);
    expect(parsed).toMatchObject({ ok: true });
    expect(parsed.ok && parsed.verdicts[1]!.evidence).toBe("Then a SOFTMAX turns scores");
  });

  it("truncates a long quote", () => {
    const long = "word ".repeat(100).trim();
    const parsed = parseGraderReply(reply([{ point: "P1", verdict: "covered", evidence: long }]), 1, long);
    expect(parsed.ok && Array.from(parsed.verdicts[0]!.evidence)).toHaveLength(EVIDENCE_MAX_CHARS);
  });

  it("drops the quote of a missing point", () => {
    const parsed = parseGraderReply(reply([{ point: "P1", verdict: "missing", evidence: "Each token" }]), 1, answer);
    expect(parsed).toEqual({ ok: true, verdicts: [{ verdict: "missing", evidence: "" }] });
  });

  it.each([
    ["not JSON", "The answer covers P1.", /not JSON/],
    ["a point not listed", reply([...good, { point: "P4", verdict: "covered", evidence: "" }]), /unlisted point "P4"/],
    ["a made-up id", reply([...good.slice(0, 2), { point: "P3-bonus", verdict: "covered", evidence: "" }]), /unlisted/],
    ["a point twice", reply([...good, good[0]]), /two verdicts for P2/],
    ["a point left out", reply(good.slice(0, 2)), /no verdict for P3/],
    ["a verdict outside the scale", reply([{ ...good[0], verdict: "excellent" }, good[1], good[2]]), /verdict/],
    ["an extra field on a verdict", reply([{ ...good[0], score: 1 }, good[1], good[2]]), /score|Unrecognized/i],
    ["an extra top-level field", reply(good, { score: 100 }), /score|Unrecognized/i],
    [
      "a quote the answer does not hold",
      reply([{ ...good[0], evidence: "uses multi-head attention" }, good[1], good[2]]),
      /not a quote/,
    ],
    ["an array instead of an object", JSON.stringify(good), /reply|expected/i],
  ])("refuses %s as malformed, never as a partial grade", (_, raw, why) => {
    const parsed = parseGraderReply(raw, 3, answer);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.malformed).toMatch(why);
  });
});
