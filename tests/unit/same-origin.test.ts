import { describe, expect, it } from "vitest";
import { isSameOrigin } from "@/lib/auth/same-origin";

describe("same-origin check for mutations", () => {
  const hosts = ["localhost:3000", "goldmine.example.edu"];

  it("accepts this site's own origin, over http or https, whatever the case", () => {
    expect(isSameOrigin("http://localhost:3000", hosts)).toBe(true);
    expect(isSameOrigin("https://Goldmine.Example.edu", hosts)).toBe(true);
  });

  it("refuses another site, another port, a missing or null origin, and non-web schemes", () => {
    expect(isSameOrigin("https://evil.example", hosts)).toBe(false);
    expect(isSameOrigin("http://localhost:3001", hosts)).toBe(false);
    expect(isSameOrigin(null, hosts)).toBe(false);
    expect(isSameOrigin("null", hosts)).toBe(false);
    expect(isSameOrigin("file://localhost:3000", hosts)).toBe(false);
    expect(isSameOrigin("not a url", hosts)).toBe(false);
  });

  it("refuses everything when the site does not know its own host", () => {
    expect(isSameOrigin("http://localhost:3000", [null, undefined])).toBe(false);
  });
});
