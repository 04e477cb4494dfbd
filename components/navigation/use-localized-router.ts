"use client";

import { useRouter as useNextRouter } from "next/navigation";
import { useMemo } from "react";
import type { Locale } from "@/lib/i18n/locale-list";
import { localizedPath } from "@/lib/i18n/localized-path";
import { usePageLocale } from "./use-page-locale";

type Options = { locale?: Locale; scroll?: boolean };

/** Next's router, with `push("/attempts/x")` going to that page in the current language (or `locale`). */
export function useRouter() {
  const router = useNextRouter();
  const current = usePageLocale();
  return useMemo(
    () => ({
      ...router,
      push: (href: string, { locale, ...options }: Options = {}) =>
        router.push(localizedPath(href, locale ?? current), options),
      replace: (href: string, { locale, ...options }: Options = {}) =>
        router.replace(localizedPath(href, locale ?? current), options),
    }),
    [router, current],
  );
}
