import { describe, expect, it } from "vitest";
import { alternateAddresses } from "@/lib/i18n/alternates";
import { localeRedirect } from "@/lib/i18n/locale-redirect";
import { localeOfPath, localizedPath, withoutLocale } from "@/lib/i18n/localized-path";
import { negotiateLocale } from "@/lib/i18n/locales";

describe("first visit follows the browser's language", () => {
  it.each([
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh"],
    ["en-US,en;q=0.9", "en"],
    ["fr-FR,fr;q=0.9,zh-TW;q=0.8", "zh"],
    ["en;q=0.5,zh;q=0.9", "zh"],
    ["de-DE", "en"],
    ["", "en"],
    [null, "en"],
  ])("%s → %s", (header, want) => {
    expect(negotiateLocale(header)).toBe(want);
  });
});

describe("an address without a language goes to the same page in the visitor's", () => {
  const visitor = (cookie?: string, acceptLanguage: string | null = null) => ({ cookie, acceptLanguage });

  it("keeps the path and the query, and picks the remembered language over the browser's", () => {
    expect(localeRedirect({ pathname: "/articles/x", search: "?a=1" }, visitor("zh", "en-US"))).toBe(
      "/zh/articles/x?a=1",
    );
    expect(localeRedirect({ pathname: "/", search: "" }, visitor(undefined, "zh-CN,zh;q=0.9"))).toBe("/zh");
    expect(localeRedirect({ pathname: "/review", search: "?topic=rag" }, visitor("fr", "en"))).toBe(
      "/en/review?topic=rag",
    );
  });

  it("leaves alone addresses that already name a language, API routes, build output and files", () => {
    for (const pathname of [
      "/en",
      "/zh/questions/q",
      "/api/search",
      "/_next/static/a.js",
      "/robots.txt",
      "/sitemap.xml",
      "/katex/fonts/KaTeX_Main-Regular.woff2",
    ])
      expect(localeRedirect({ pathname, search: "" }, visitor("zh")), pathname).toBeUndefined();
  });

  it("redirects a route that ends like a file (a gradebook's CSV) like any page", () => {
    expect(localeRedirect({ pathname: "/classes/c/assignments/a/gradebook.csv", search: "" }, visitor("zh"))).toBe(
      "/zh/classes/c/assignments/a/gradebook.csv",
    );
  });

  it("does not mistake a page that merely starts with a language's letters for one in it", () => {
    expect(localeOfPath("/english-notes")).toBeUndefined();
    expect(localeOfPath("/zh")).toBe("zh");
    expect(localeRedirect({ pathname: "/english-notes", search: "" }, visitor("en"))).toBe("/en/english-notes");
  });
});

describe("hreflang alternates", () => {
  it("name the page in each language and the address without one as x-default", () => {
    expect(alternateAddresses("/articles/x", "zh", "https://goldmine.example/")).toEqual({
      canonical: "https://goldmine.example/zh/articles/x",
      languages: [
        { hrefLang: "zh-CN", href: "https://goldmine.example/zh/articles/x" },
        { hrefLang: "en", href: "https://goldmine.example/en/articles/x" },
        { hrefLang: "x-default", href: "https://goldmine.example/articles/x" },
      ],
    });
    expect(alternateAddresses("/", "en").canonical).toBe("/en");
  });
});

describe("addresses in a language", () => {
  it("prefix a path of this site, keep query and fragment, and leave everything else alone", () => {
    expect(localizedPath("/review?tag=rag", "zh")).toBe("/zh/review?tag=rag");
    expect(localizedPath("/", "en")).toBe("/en");
    expect(localizedPath("/?q=1", "en")).toBe("/en?q=1");
    expect(localizedPath("/zh/topics/x", "en")).toBe("/zh/topics/x");
    for (const href of ["https://example.org/x", "//example.org/x", "#top", "mailto:a@b.c"])
      expect(localizedPath(href, "zh")).toBe(href);
  });

  it("strip the language from an address that has one", () => {
    expect(withoutLocale("/zh/topics/x")).toBe("/topics/x");
    expect(withoutLocale("/en")).toBe("/");
    expect(withoutLocale("/english/x")).toBe("/english/x");
  });
});
