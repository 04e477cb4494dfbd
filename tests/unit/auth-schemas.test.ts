import { describe, expect, it } from "vitest";
import { isWeakPassword } from "@/lib/auth/password-policy";
import { NextPathSchema, SignInSchema, SignUpSchema } from "@/lib/auth/schemas";

const fields = (input: unknown) => {
  const r = SignUpSchema.safeParse(input);
  // The first message per field, as the form shows it (lib/errors/messages.ts).
  return r.success ? {} : Object.fromEntries(r.error.issues.reverse().map((i) => [i.path.join("."), i.message]));
};

describe("sign-up form rules", () => {
  it("accepts a name, an email (trimmed and lower-cased) and a long uncommon password", () => {
    expect(
      SignUpSchema.parse({ name: " Lin ", email: " Lin@Example.COM ", password: "tide lantern harbour" }),
    ).toMatchObject({ name: "Lin", email: "lin@example.com" });
  });

  it("names each bad field with the message key the form shows next to it", () => {
    expect(fields({ name: "", email: "lin@", password: "short" })).toEqual({
      name: "nameRequired",
      email: "emailInvalid",
      password: "passwordTooShort",
    });
    expect(fields({ name: "x".repeat(81), email: "", password: "y".repeat(129) })).toEqual({
      name: "nameTooLong",
      email: "emailRequired",
      password: "passwordTooLong",
    });
  });

  it("refuses passwords that are long enough but easy to guess: common, repetitive, sequential", () => {
    for (const weak of ["password1234", "QWERTYUIOP", "          ", "aaaaaaaaaa", "0000000000", "1234567890"]) {
      expect(isWeakPassword(weak), JSON.stringify(weak)).toBe(true);
      expect(fields({ name: "Lin", email: "lin@example.com", password: weak })).toEqual({ password: "passwordWeak" });
    }
  });

  it("refuses the account's own email or name as its password, and accepts a few unrelated words", () => {
    expect(fields({ name: "Lin", email: "lin.wei@example.com", password: "lin.wei@example.com" })).toEqual({
      password: "passwordWeak",
    });
    expect(fields({ name: "Marguerite Lindqvist", email: "m@example.com", password: "MargueriteLindqvist" })).toEqual({
      password: "passwordWeak",
    });
    expect(isWeakPassword("tide lantern harbour", { name: "Lin", email: "lin@example.com" })).toBe(false);
    expect(
      SignUpSchema.safeParse({ name: "Lin", email: "lin@example.com", password: "tide lantern harbour" }).success,
    ).toBe(true);
  });

  it("sign-in only needs a password to be present: the policy is for new passwords", () => {
    expect(SignInSchema.safeParse({ email: "lin@example.com", password: "old" }).success).toBe(true);
    expect(SignInSchema.safeParse({ email: "lin@example.com", password: "" }).success).toBe(false);
  });
});

describe("where to go after signing in", () => {
  it("keeps paths on this site and sends anything else home, so a link cannot redirect elsewhere", () => {
    expect(NextPathSchema.parse("/classes?x=1")).toBe("/classes?x=1");
    for (const bad of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      undefined,
      "",
    ])
      expect(NextPathSchema.parse(bad)).toBe("/");
  });
});
