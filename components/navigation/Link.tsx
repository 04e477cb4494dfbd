import { getLocale } from "next-intl/server";
import NextLink from "next/link";
import type { ComponentProps } from "react";
import { LocaleSchema, type Locale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/localized-path";

/**
 * A link to a page of this site in the language of the page being rendered (`href="/review"` → `/zh/review`), or in
 * `locale`, for server components: Next's own link with the address worked out here, so the browser gets nothing
 * but next/link (which every page already loads). Client components use Link.client.tsx.
 */
export async function Link({
  href,
  locale,
  ...props
}: Omit<ComponentProps<typeof NextLink>, "href"> & { href: string; locale?: Locale }) {
  const current = locale ?? LocaleSchema.parse(await getLocale());
  return <NextLink href={localizedPath(href, current)} {...props} />;
}
