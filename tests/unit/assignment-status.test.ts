import { describe, expect, it } from "vitest";
import { assignmentStatus, isLate } from "@/lib/assignments/status";

const due = new Date("2026-11-30T23:59:00Z");
const before = new Date("2026-11-29T10:00:00Z");
const after = new Date("2026-12-01T10:00:00Z");

describe("assignment status", () => {
  it("is not started before the due date with no attempt, and missed after it", () => {
    expect(assignmentStatus([], due, before)).toBe("not-started");
    expect(assignmentStatus([], due, after)).toBe("missed");
  });

  it("is in progress while an attempt is open, even past the due date (late work is accepted)", () => {
    expect(assignmentStatus([{ startedAt: before, finishedAt: null }], due, before)).toBe("in-progress");
    expect(assignmentStatus([{ startedAt: before, finishedAt: null }], due, after)).toBe("in-progress");
  });

  it("is submitted when any attempt was handed in by the due date, late when only after it", () => {
    expect(assignmentStatus([{ startedAt: before, finishedAt: before }], due, after)).toBe("submitted");
    expect(assignmentStatus([{ startedAt: before, finishedAt: after }], due, after)).toBe("late");
    expect(
      assignmentStatus(
        [
          { startedAt: before, finishedAt: before },
          { startedAt: after, finishedAt: after },
        ],
        due,
        after,
      ),
    ).toBe("submitted");
    expect(assignmentStatus([{ startedAt: before, finishedAt: due }], due, after)).toBe("submitted");
  });

  it("flags a submission after the due date as late", () => {
    expect(isLate(after, due)).toBe(true);
    expect(isLate(before, due)).toBe(false);
    expect(isLate(null, due)).toBe(false);
  });
});
