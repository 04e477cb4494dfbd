import { describe, expect, it } from "vitest";
import { offlineCandidates, offlineLocale } from "@/lib/offline/offline-fallback";

describe("what the service worker shows for a page visit without a connection", () => {
  it("a page in a language: its stored copy, else the offline page in that language", () => {
    expect(offlineCandidates("/zh/dashboard", "en-US")).toEqual({ pages: ["/zh/dashboard"], offline: "/zh/offline" });
    expect(offlineCandidates("/en", "zh-CN")).toEqual({ pages: ["/en"], offline: "/en/offline" });
  });

  it("an address without a language (the installed app's /review): also the page in the browser's language", () => {
    expect(offlineCandidates("/review", "zh-CN")).toEqual({
      pages: ["/review", "/zh/review"],
      offline: "/zh/offline",
    });
    expect(offlineCandidates("/", "fr-FR")).toEqual({ pages: ["/", "/en"], offline: "/en/offline" });
  });

  it("a first segment that only starts like a language is not one", () => {
    expect(offlineLocale("/english/x", "zh-TW")).toBe("zh");
    expect(offlineCandidates("/enx", "en").pages).toEqual(["/enx", "/en/enx"]);
  });
});
