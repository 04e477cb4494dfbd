import { describe, expect, it } from "vitest";
import { AssignInputSchema } from "@/lib/assignments/assign-input";

const valid = {
  classId: "c1",
  source: { kind: "set", slug: "metrics-drill" },
  opensAt: "2026-11-22T09:00",
  dueAt: "2026-11-29T09:00",
  timeZone: "Europe/Berlin",
  feedback: "immediate",
};
const fieldsOf = (input: unknown) =>
  Object.fromEntries(
    (AssignInputSchema.safeParse(input).error?.issues ?? []).map((i) => [i.path.join("."), i.message]),
  );

describe("the assign form's schema", () => {
  it("turns wall-clock times into instants in the instructor's zone, with one attempt by default", () => {
    const parsed = AssignInputSchema.parse(valid);
    expect(parsed.opensAt.toISOString()).toBe("2026-11-22T08:00:00.000Z");
    expect(parsed.maxAttempts).toBe(1);
    expect(parsed.title).toBeUndefined();
  });

  it("puts a due date that is not after the opening on the due date's field", () => {
    expect(fieldsOf({ ...valid, dueAt: "2026-11-22T09:00" })).toEqual({ dueAt: "must be after the opening time" });
    expect(fieldsOf({ ...valid, dueAt: "2026-11-21T09:00" })).toHaveProperty("dueAt");
  });

  it("names each field that is out of range", () => {
    const fields = fieldsOf({
      ...valid,
      timeLimitMin: 601,
      maxAttempts: 0,
      feedback: "never",
      opensAt: "tomorrow",
      timeZone: "Mars/Base",
    });
    expect(Object.keys(fields).sort()).toEqual(["feedback", "maxAttempts", "opensAt", "timeLimitMin", "timeZone"]);
    expect(fields.timeLimitMin).toBe("must be at most 600");
    expect(fields.maxAttempts).toBe("must be at least 1");
  });

  it("bounds a custom selection's count to 1–100", () => {
    expect(fieldsOf({ ...valid, source: { kind: "custom", count: 0 } })).toEqual({
      "source.count": "must be at least 1",
    });
    expect(fieldsOf({ ...valid, source: { kind: "custom", count: 101 } })).toEqual({
      "source.count": "must be at most 100",
    });
    expect(AssignInputSchema.parse({ ...valid, source: { kind: "custom", count: 5 } }).source).toEqual({
      kind: "custom",
      topics: [],
      tags: [],
      ids: [],
      count: 5,
    });
  });
});
