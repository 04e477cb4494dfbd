import type { MetadataRoute } from "next";
import { contentPagePaths } from "@/lib/data/content-pages";
import { siteOrigin } from "@/lib/data/site-origin";
import { alternateAddresses } from "@/lib/i18n/alternates";
import { LOCALES } from "@/lib/i18n/locales";

// Addresses must be absolute: SITE_URL for a deployment, else the address this request came in on.
export const dynamic = "force-dynamic";

/** `/sitemap.xml`: every content page in both languages, each with its alternates (hreflang). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = await siteOrigin();
  return contentPagePaths().flatMap((path) =>
    LOCALES.map((locale) => {
      const { canonical, languages } = alternateAddresses(path, locale, origin);
      return {
        url: canonical,
        alternates: { languages: Object.fromEntries(languages.map((l) => [l.hrefLang, l.href])) },
      };
    }),
  );
}
