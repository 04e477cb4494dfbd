import { describe, expect, it } from "vitest";
import { z } from "zod";
import { demoId } from "@/lib/demo/ids";
import { demoSeedRefusal } from "@/lib/demo/refusal";

describe("demo seed helpers", () => {
  it("derives the same valid UUID from the same name, and different ones from different names", () => {
    const id = demoId("attempt", "user-1", 3);
    expect(z.uuid().safeParse(id).success).toBe(true);
    expect(demoId("attempt", "user-1", 3)).toBe(id);
    expect(demoId("attempt", "user-1", 4)).not.toBe(id);
    expect(demoId("attempt", "user-13")).not.toBe(demoId("attempt", "user-1", 3));
  });

  it("refuses production by either variable and allows local and test runs", () => {
    expect(demoSeedRefusal({ NODE_ENV: "production" })).toMatch(/NODE_ENV=production/);
    expect(demoSeedRefusal({ NODE_ENV: "development", GOLDMINE_MODE: "production" })).toMatch(
      /GOLDMINE_MODE=production/,
    );
    expect(demoSeedRefusal({ NODE_ENV: "production", GOLDMINE_MODE: "local" })).toMatch(/NODE_ENV=production/);
    expect(demoSeedRefusal({})).toBeUndefined();
    expect(demoSeedRefusal({ NODE_ENV: "test", GOLDMINE_MODE: "local" })).toBeUndefined();
  });
});
