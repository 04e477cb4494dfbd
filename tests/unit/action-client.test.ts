import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer";
import { runAction, runAdminAction, runInstructorAction, runSignedInAction } from "@/lib/actions/run-action";

// The request: same-site headers, a signed-in person chosen per test, and a profile row that counts its reads.
vi.mock("next/headers", () => ({
  headers: async () => ({
    get: (name: string) => ({ host: "localhost:3000", origin: "http://localhost:3000" })[name] ?? null,
  }),
  cookies: async () => ({ get: () => undefined }),
}));
vi.mock("next-intl/server", () => ({
  getLocale: async () => "en",
  getTranslations: async () => (key: string) => key,
}));
const session = vi.hoisted(() => ({ viewer: undefined as Viewer | undefined, profileReads: 0 }));
vi.mock("@/lib/session/viewer", () => ({ currentViewer: async () => session.viewer }));
vi.mock("@/lib/session/ensure-profile", () => ({
  ensureProfileRow: async (now: Date) => {
    session.profileReads++;
    return { id: "profile-1", timeZone: "Asia/Shanghai", dailyNewLimit: 30, desiredRetention: 0.85, createdAt: now };
  },
}));
vi.mock("@/lib/db/client", () => ({ prisma: {} }));

const person = (role: Viewer["role"]): Viewer => ({
  userId: "u1",
  name: "Lin",
  email: "lin@example.com",
  role,
  profileId: "p1",
});
const Input = z.object({ n: z.number() });

beforeEach(() => {
  session.viewer = undefined;
  session.profileReads = 0;
});

describe("the action client", () => {
  it("hands the work its parsed data, one clock reading, and an actor that reads the profile once, on first use", async () => {
    const result = await runAction(Input, { n: 1 }, async ({ data, actor, now }) => {
      expect(session.profileReads).toBe(0);
      const [profile, settings] = await Promise.all([actor.profile(), actor.settings()]);
      await actor.profile();
      return { n: data.n, profile: profile.id, zone: settings.timeZone, limit: settings.dailyNewLimit, now };
    });
    expect(result).toMatchObject({ ok: true, data: { n: 1, profile: "profile-1", zone: "Asia/Shanghai", limit: 30 } });
    expect(result.ok && result.data.now).toBeInstanceOf(Date);
    expect(session.profileReads).toBe(1);
  });

  it("does not read a profile for work that never asks for it (a theme switch)", async () => {
    const result = await runAction(Input, { n: 2 }, async ({ actor }) => actor.locale());
    expect(result).toEqual({ ok: true, data: "en" });
    expect(session.profileReads).toBe(0);
  });

  it("refuses an anonymous visitor on a signed-in action without running the work", async () => {
    const work = vi.fn();
    expect(await runSignedInAction(Input, { n: 1 }, work)).toMatchObject({
      ok: false,
      error: { code: "unauthenticated" },
    });
    expect(work).not.toHaveBeenCalled();
  });

  it("admits instructors and admins to instructor actions, with the signed-in person on the actor", async () => {
    for (const role of ["instructor", "admin"] as const) {
      session.viewer = person(role);
      expect(await runInstructorAction(Input, { n: 1 }, async ({ actor }) => actor.user.role)).toEqual({
        ok: true,
        data: role,
      });
    }
    session.viewer = person("candidate");
    expect(await runInstructorAction(Input, { n: 1 }, vi.fn())).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
  });

  it("admits only admins to admin actions", async () => {
    session.viewer = person("instructor");
    expect(await runAdminAction(Input, { n: 1 }, vi.fn())).toMatchObject({ ok: false, error: { code: "forbidden" } });
    session.viewer = person("admin");
    expect(await runAdminAction(Input, { n: 1 }, async ({ actor }) => actor.user.userId)).toEqual({
      ok: true,
      data: "u1",
    });
  });

  it("checks the input before the guard: bad input from anyone is a field error, not a sign-in prompt", async () => {
    expect(await runSignedInAction(Input, { n: "x" }, vi.fn())).toMatchObject({
      ok: false,
      error: { code: "invalid-input" },
    });
  });
});
