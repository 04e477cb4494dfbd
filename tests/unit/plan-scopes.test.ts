import { describe, expect, it } from "vitest";
import { PLAN_TAG_MIN_QUESTIONS, planTags } from "@/lib/data/schedule";
import { parsePlanScope } from "@/lib/review/plan-windows";

describe("the scopes an interview plan offers", () => {
  it("offers every tag on enough questions, alphabetically, and reads a tag scope back", () => {
    const tagged = (tags: string[], n: number) => Array.from({ length: n }, () => ({ tags }));
    const questions = [
      ...tagged(["rag", "retrieval"], PLAN_TAG_MIN_QUESTIONS),
      ...tagged(["attention"], PLAN_TAG_MIN_QUESTIONS + 2),
      ...tagged(["rare"], PLAN_TAG_MIN_QUESTIONS - 1),
    ];
    expect(planTags(questions)).toEqual(["attention", "rag", "retrieval"]);
    expect(parsePlanScope("tag:rag")).toEqual({ kind: "tag", value: "rag" });
  });
});
