import { describe, expect, it } from "vitest";
import { latestOpened } from "@/lib/assignments/latest-opened";

describe("the class page's Gradebook button", () => {
  const a = (id: string, day: number) => ({ id, opensAt: new Date(Date.UTC(2026, 10, day)) });
  it("opens the assignment opened most recently, else the one opening first, else none", () => {
    const now = new Date(Date.UTC(2026, 10, 15));
    expect(latestOpened([a("old", 1), a("recent", 10), a("future", 20)], now)?.id).toBe("recent");
    expect(latestOpened([a("later", 25), a("sooner", 20)], now)?.id).toBe("sooner");
    expect(latestOpened([], now)).toBeUndefined();
  });
});
