import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAccount } from "@/lib/auth/create-account";
import type { Auth } from "@/lib/auth/create-auth";
import { ConflictError } from "@/lib/errors";
import { toFailure } from "@/lib/errors/messages";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh.json";
import { createTempDatabase } from "../helpers/temp-db";
import { createTestAuth } from "../helpers/test-auth";

// The real messages, looked up the way next-intl does, so the test compares what a visitor would read.
const locale = vi.hoisted(() => ({ messages: {} as unknown }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (ns: string) => (key: string) => {
    let node = locale.messages;
    for (const part of `${ns}.${key}`.split(".")) node = (node as Record<string, unknown>)[part];
    return String(node);
  },
}));

let db: PrismaClient;
let auth: Auth;
beforeAll(async () => {
  ({ db } = await createTempDatabase());
  auth = createTestAuth(db);
});
afterAll(() => db.$disconnect());

const password = "a long enough passphrase";
const refusal = (account: { name: string; email: string; password: string }) =>
  createAccount(auth, account, new Headers()).then(
    () => expect.unreachable("the sign-up should have been refused"),
    (error: unknown) => error,
  );

describe("a refused sign-up", () => {
  it("answers a taken email exactly as any other refusal: same error, same result, same words in both languages", async () => {
    const id = await createAccount(auth, { name: "Lin", email: "lin@example.com", password }, new Headers());
    expect(await db.user.count({ where: { id } })).toBe(1);

    const taken = await refusal({ name: "Someone else", email: "lin@example.com", password: "other passphrase x" });
    // Refusals our own schema normally catches first; better-auth turns them down the same way if they get through.
    const others = [
      await refusal({ name: "Lin", email: "not-an-email", password }),
      await refusal({ name: "Lin", email: "short@example.com", password: "short" }),
    ];
    expect(taken).toBeInstanceOf(ConflictError);
    for (const other of others) {
      expect(other).toBeInstanceOf(ConflictError);
      expect({ ...(other as ConflictError), message: (other as Error).message }).toEqual({
        ...(taken as ConflictError),
        message: (taken as Error).message,
      });
    }
    for (const messages of [en, zh]) {
      locale.messages = messages;
      const answer = await toFailure(taken);
      expect(answer).toEqual({ ok: false, error: { code: "conflict", message: expect.any(String) } });
      for (const other of others) expect(await toFailure(other)).toEqual(answer);
    }
    locale.messages = en;
    expect((await toFailure(taken)).error.message).toBe(
      "Could not create an account with these details. If you already have an account, sign in instead.",
    );
    expect(await db.user.count({ where: { email: "lin@example.com" } })).toBe(1);
  });

  it("hashes the password for a taken email too, so the answer is not faster than a real sign-up's", async () => {
    await createAccount(auth, { name: "Ana", email: "ana@example.com", password }, new Headers());
    const hash = vi.spyOn((await auth.$context).password, "hash");
    try {
      await createAccount(auth, { name: "Bo", email: "bo@example.com", password }, new Headers());
      expect(hash).toHaveBeenCalledTimes(1);
      hash.mockClear();
      await refusal({ name: "Ana again", email: "ana@example.com", password: "a different passphrase" });
      expect(hash).toHaveBeenCalledTimes(1);
      expect(hash).toHaveBeenCalledWith("a different passphrase");
    } finally {
      hash.mockRestore();
    }
  });
});
