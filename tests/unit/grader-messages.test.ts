import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { GRADER_DECLINES, GRADER_FAILURES } from "@/lib/errors";
import { loadMessages } from "@/lib/i18n/messages";

/** Every way the grader can fail or decline has a sentence in both languages, formatted as next-intl does it. */
describe("the grader's messages", () => {
  it.each(["en", "zh"] as const)("are complete in %s", async (locale) => {
    const messages = await loadMessages(locale);
    const t = createTranslator({ locale, messages, namespace: "errors.action" });
    for (const reason of GRADER_FAILURES) {
      expect(t(`grader-failed.${reason}` as never, { seconds: 0 } as never)).not.toMatch(/grader-failed|\{/);
    }
    for (const reason of GRADER_DECLINES) {
      expect(t(`grader-declined.${reason}` as never, { limit: 50 } as never)).not.toMatch(/grader-declined|\{/);
    }
    expect(t("grader-failed.rate-limited" as never, { seconds: 7 } as never)).toContain("7");
    expect(t("grader-declined.daily-limit" as never, { limit: 50 } as never)).toContain("50");
  });

  it("tells the learner when to try again after a 429, and says so when the server did not", async () => {
    const t = createTranslator({ locale: "en", messages: await loadMessages("en"), namespace: "errors.action" });
    expect(t("grader-failed.rate-limited" as never, { seconds: 7 } as never)).toContain("Try again in 7 seconds");
    expect(t("grader-failed.rate-limited" as never, { seconds: 0 } as never)).toContain("Try again in a moment");
  });
});
