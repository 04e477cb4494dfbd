import { validateHeaderValue } from "node:http";
import { describe, expect, it } from "vitest";
import { NextPathSchema, SignInSchema, SignUpSchema } from "@/lib/auth/schemas";

// Where a browser actually goes when it follows a redirect to `location` from a page of this site.
const followed = (location: string) => new URL(location, "https://goldmine.example.edu/sign-in");

const attacks = [
  "//evil.example",
  "/\\evil.example",
  "/\t/evil.example/phish", // ?next=/%09/evil.example/phish, as the page receives it decoded
  "/\n/evil.example",
  "/\r\n/evil.example",
  "\t//evil.example",
  "/\\\t\\evil.example",
  "/.//evil.example", // dot segments leave "//evil.example"
  "/a/../..//evil.example",
  "/./\\evil.example",
  "http://evil.example",
  "https:evil.example",
  "HTTPS://evil.example/",
  "javascript:alert(1)",
  "  javascript:alert(1)",
  "/\u0000x",
  "/x\u007f",
  "/x\u0085",
  "/x#\u0001",
  "data:text/html,hi",
  "evil.example",
  "",
];

describe("where signing in or up goes next", () => {
  it.each(attacks)("never leaves the site for %j", (bad) => {
    const next = NextPathSchema.parse(bad);
    expect(next).toBe("/");
    expect(followed(next).host).toBe("goldmine.example.edu");
  });

  it("keeps a path, its query and its fragment exactly as they were", () => {
    for (const ok of ["/", "/topics/x?y=1#z", "/classes?x=1", "/quizzes/metrics-drill/start?mode=practice"])
      expect(NextPathSchema.parse(ok)).toBe(ok);
  });

  it("keeps percent-encoded text as a path (the browser does not decode it into a host)", () => {
    for (const encoded of ["/%09/evil.example", "/%2F%2Fevil.example", "/%5Cevil.example", "/%2f/evil"]) {
      const next = NextPathSchema.parse(encoded);
      expect(next).toBe(encoded);
      expect(followed(next).host).toBe("goldmine.example.edu");
    }
  });

  it("answers with a value Node accepts in a Location header, so a strange link is never a 500", () => {
    for (const raw of [...attacks, "/search?q=注意力", "/\u3000/x", "/x\ud800", "/topics/é#à"]) {
      const next = NextPathSchema.parse(raw);
      expect(() => validateHeaderValue("Location", next)).not.toThrow();
      expect(next).toMatch(/^\/[\x21-\x7e]*$/);
      expect(followed(next).host).toBe("goldmine.example.edu");
    }
    expect(NextPathSchema.parse("/search?q=注意力")).toBe("/search?q=%E6%B3%A8%E6%84%8F%E5%8A%9B");
  });

  it("sends home a missing value, a repeated parameter (a list) and an absurdly long one, without an error", () => {
    expect(NextPathSchema.parse(undefined)).toBe("/");
    expect(NextPathSchema.parse(["/a", "/b"])).toBe("/");
    expect(NextPathSchema.parse(`/${"a".repeat(5000)}`)).toBe("/");
  });

  it("is what both forms redirect to", () => {
    const base = { email: "lin@example.com", password: "tide lantern harbour" };
    expect(SignInSchema.parse({ ...base, next: "/\t/evil.example" }).next).toBe("/");
    expect(SignUpSchema.parse({ ...base, name: "Lin", next: "/\t/evil.example" }).next).toBe("/");
    expect(SignUpSchema.parse({ ...base, name: "Lin", next: "/topics/x?y=1#z" }).next).toBe("/topics/x?y=1#z");
  });
});
