import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { runAction } from "@/lib/actions/run-action";
import { ConflictError, NotFoundError, RateLimitedError } from "@/lib/errors";
import { ReviewEventSchema } from "@/lib/review/sync-protocol";
import en from "@/lib/i18n/messages/en.json";

// The real English messages, looked up the way next-intl does, so the test reads what a learner would read.
vi.mock("next-intl/server", () => ({
  getTranslations:
    async (ns: string) =>
    (key: string, params: Record<string, string> = {}) => {
      const path = `${ns}.${key}`.split(".");
      let node: unknown = en;
      for (const part of path) node = (node as Record<string, unknown>)[part];
      return String(node).replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? `{${k}}`);
    },
}));

// A same-site request, as a browser on this site sends it.
const requestHeaders = vi.hoisted(
  () =>
    new Map([
      ["host", "localhost:3000"],
      ["origin", "http://localhost:3000"],
    ]),
);
vi.mock("next/headers", () => ({ headers: async () => ({ get: (name: string) => requestHeaders.get(name) ?? null }) }));

const rating = {
  kind: "review",
  id: "7d4a1c64-3d0e-4f57-9e1a-2f4b8c9d0e1f",
  questionId: "llm-x",
  clozeIndex: 0,
  rating: 3,
  reviewedAt: "2026-12-07T09:00:00Z",
  lang: "en",
};

describe("server action results", () => {
  it("refuses a rating outside 1–4 with a message naming the field, without running the work", async () => {
    const work = vi.fn();
    const result = await runAction(ReviewEventSchema, { ...rating, rating: 5 }, work);
    expect(work).not.toHaveBeenCalled();
    expect(result).toMatchObject({
      ok: false,
      error: { code: "invalid-input", fields: { rating: "must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)" } },
    });
    expect(!result.ok && result.error.message).toContain("rating: must be 1 (Again)");
  });

  it("refuses a request id that is not a UUID", async () => {
    const result = await runAction(ReviewEventSchema, { ...rating, id: "1" }, vi.fn());
    expect(result).toMatchObject({ ok: false, error: { fields: { id: "must be a UUID made by the client" } } });
  });

  it("turns an unknown question into a sentence that names it", async () => {
    const result = await runAction(z.object({}), {}, async () => {
      throw new NotFoundError("question", "llm-gone");
    });
    expect(result).toEqual({
      ok: false,
      error: { code: "not-found", message: "There is no question “llm-gone”: it may have been renamed or retired." },
    });
  });

  it("explains a conflict, and hides an unexpected failure behind a plain apology", async () => {
    const conflict = await runAction(z.object({}), {}, async () => {
      throw new ConflictError("attempt-finished");
    });
    expect(conflict).toMatchObject({
      ok: false,
      error: { code: "conflict", message: "This quiz is already finished: answers can no longer change." },
    });
    vi.spyOn(console, "error").mockImplementation(() => {});
    const crash = await runAction(z.object({}), {}, async () => {
      throw new Error("disk on fire");
    });
    expect(crash).toEqual({
      ok: false,
      error: { code: "internal", message: "Something went wrong on our side and nothing was saved. Please try again." },
    });
  });

  it("says why a removed student cannot join, and which limit a refused try ran into", async () => {
    const fail = (error: Error) =>
      runAction(z.object({}), {}, async () => {
        throw error;
      });
    expect(await fail(new ConflictError("removed-from-class"))).toMatchObject({
      error: { code: "conflict", message: "You were removed from this class; ask your instructor to re-admit you." },
    });
    expect(await fail(new ConflictError("exam-in-progress"))).toMatchObject({
      error: { code: "conflict", message: expect.stringContaining("once you hand it in") },
    });
    expect(await fail(new RateLimitedError(300, "join-code"))).toMatchObject({
      error: { code: "rate-limited", message: expect.stringContaining("Too many join codes that match no class") },
    });
    expect(await fail(new RateLimitedError(300))).toMatchObject({
      error: { code: "rate-limited", message: expect.stringContaining("Too many attempts.") },
    });
  });

  it("refuses a request from another site, or with no origin, before parsing or running anything", async () => {
    for (const origin of ["https://evil.example", "null", undefined]) {
      if (origin) requestHeaders.set("origin", origin);
      else requestHeaders.delete("origin");
      const work = vi.fn();
      const result = await runAction(z.object({}), {}, work);
      expect(work).not.toHaveBeenCalled();
      expect(result).toMatchObject({
        ok: false,
        error: { code: "forbidden", message: expect.stringContaining("another site") },
      });
    }
    requestHeaders.set("origin", "http://localhost:3000");
  });
});
