import { getLocale } from "next-intl/server";
import { getLearnerSettings } from "@/lib/session/profile";

/** Dates as the viewer reads them: their UI language and the time zone their browser reported. */
export async function dateTimeFormat(): Promise<Intl.DateTimeFormat> {
  const [locale, { timeZone }] = await Promise.all([getLocale(), getLearnerSettings()]);
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
}

/** 0.375 → "38%"; a credit or a facility. */
export const percent = (share: number): string => `${Math.round(share * 100)}%`;
