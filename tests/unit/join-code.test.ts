import { describe, expect, it } from "vitest";
import { generateJoinCode, JOIN_CODE_ALPHABET, JoinCodeSchema, normalizeJoinCode } from "@/lib/classes/join-code";

describe("join codes", () => {
  it("are 8 characters with none that are easy to misread", () => {
    for (let i = 0; i < 200; i++) expect(generateJoinCode()).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it("use every position of the alphabet a random source gives", () => {
    let n = 0;
    expect(generateJoinCode(() => n++ % JOIN_CODE_ALPHABET.length)).toBe(JOIN_CODE_ALPHABET.slice(0, 8));
  });

  it("match what a learner types in any case, with spaces and dashes", () => {
    expect(normalizeJoinCode(" abcd-efgh ")).toBe("ABCDEFGH");
    expect(normalizeJoinCode("ab cd\tef–gh")).toBe("ABCDEFGH");
    expect(JoinCodeSchema.parse("k7mp-q9xz")).toBe("K7MPQ9XZ");
  });

  it("reject input that cannot be a code: wrong length or a character codes never use", () => {
    expect(JoinCodeSchema.safeParse("ABC").success).toBe(false);
    expect(JoinCodeSchema.safeParse("ABCDEFG0").error?.issues[0]?.message).toMatch(/never uses/);
  });
});
