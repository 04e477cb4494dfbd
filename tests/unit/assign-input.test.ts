import { describe, expect, it } from "vitest";
import { AssignInputSchema } from "@/lib/assignments/assign-input";
import { addLocalDays, defaultAssignWindow } from "@/lib/assignments/local-time";

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

  it("puts an unknown time zone on its own field instead of throwing (a RangeError was a 500)", () => {
    for (const timeZone of ["Mars/Base", "", "Europe/Berlin\n", "x".repeat(300)]) {
      expect(() => AssignInputSchema.safeParse({ ...valid, timeZone })).not.toThrow();
      expect(fieldsOf({ ...valid, timeZone })).toEqual({
        timeZone: "must be an IANA time zone such as Europe/Berlin or Asia/Shanghai",
      });
    }
  });

  it("puts an empty, malformed or impossible date on its own field instead of throwing", () => {
    for (const bad of [
      "",
      "2026-11-22",
      "2026-11-22 09:00",
      "2026-02-30T09:00",
      "2026-13-01T09:00",
      "2026-11-22T24:00",
    ]) {
      expect(() => AssignInputSchema.safeParse({ ...valid, opensAt: bad })).not.toThrow();
      expect(fieldsOf({ ...valid, opensAt: bad })).toEqual({ opensAt: "must be a date and time" });
      expect(fieldsOf({ ...valid, dueAt: bad })).toEqual({ dueAt: "must be a date and time" });
    }
    expect(fieldsOf({ ...valid, opensAt: "", dueAt: "", timeZone: "Mars/Base" })).toEqual({
      opensAt: "must be a date and time",
      dueAt: "must be a date and time",
      timeZone: "must be an IANA time zone such as Europe/Berlin or Asia/Shanghai",
    });
    expect(fieldsOf({ ...valid, opensAt: null })).toEqual({ opensAt: "must be a date and time" });
    expect(
      AssignInputSchema.parse({
        ...valid,
        opensAt: "2028-02-29T09:00",
        dueAt: "2028-03-01T09:00",
      }).opensAt.toISOString(),
    ).toBe("2028-02-29T08:00:00.000Z");
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

describe("the assign form's default dates", () => {
  it("open now and fall due seven days later at the same wall-clock time, in the instructor's zone", () => {
    const now = new Date("2026-11-22T01:30:45Z");
    expect(defaultAssignWindow(now, "Asia/Shanghai")).toEqual({
      opensAt: "2026-11-22T09:30",
      dueAt: "2026-11-29T09:30",
    });
    expect(defaultAssignWindow(now, "America/Los_Angeles")).toEqual({
      opensAt: "2026-11-21T17:30",
      dueAt: "2026-11-28T17:30",
    });
    // Both defaults are accepted by the schema as they are.
    expect(() => AssignInputSchema.parse({ ...valid, ...defaultAssignWindow(now, "Europe/Berlin") })).not.toThrow();
  });

  it("keep the wall-clock time across a DST change and a month's end", () => {
    // Berlin leaves summer time on 2026-10-25: a week after 09:00 is still 09:00, one hour more in UTC terms.
    const window = defaultAssignWindow(new Date("2026-10-20T07:00:00Z"), "Europe/Berlin");
    expect(window).toEqual({ opensAt: "2026-10-20T09:00", dueAt: "2026-10-27T09:00" });
    const parsed = AssignInputSchema.parse({ ...valid, ...window });
    expect(parsed.dueAt.getTime() - parsed.opensAt.getTime()).toBe((7 * 24 + 1) * 3_600_000);
    expect(addLocalDays("2026-12-28T23:59", 7)).toBe("2027-01-04T23:59");
  });
});
