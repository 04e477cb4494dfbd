"use client";

import NextLink from "next/link";
import type { ComponentProps } from "react";
import type { Locale } from "@/lib/i18n/locale-list";
import { localizedPath } from "@/lib/i18n/localized-path";
import { usePageLocale } from "./use-page-locale";

/**
 * A link to a page of this site in the language of the page it is on (`href="/review"` → `/zh/review`), or in
 * `locale`, for client components (server components use Link.tsx). Next's own link underneath, so this adds no
 * library to the browser: the language comes from the route's parameters.
 */
export function Link({
  href,
  locale,
  ...props
}: Omit<ComponentProps<typeof NextLink>, "href"> & { href: string; locale?: Locale }) {
  const current = usePageLocale();
  return <NextLink href={localizedPath(href, locale ?? current)} {...props} />;
}
