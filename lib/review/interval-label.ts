import type { Lang } from "../content/schemas/common";

const UNITS: Record<Lang, { m: string; h: string; d: string; mo: string; y: string }> = {
  en: { m: "m", h: "h", d: "d", mo: "mo", y: "y" },
  zh: { m: "分钟", h: "小时", d: "天", mo: "个月", y: "年" },
};

const round1 = (n: number) => (n >= 10 ? Math.round(n) : Math.round(n * 10) / 10);

/** "1m", "10m", "3d", "2.5mo", "1.2y" (or 分钟/天…): the compact interval shown on a rating button. */
export function intervalLabel(from: Date, to: Date, lang: Lang): string {
  const u = UNITS[lang];
  const minutes = Math.max(1, Math.round((to.getTime() - from.getTime()) / 60_000));
  if (minutes < 60) return `${minutes}${u.m}`;
  const hours = minutes / 60;
  if (hours < 24) return `${round1(hours)}${u.h}`;
  const days = hours / 24;
  if (days < 30) return `${Math.round(days)}${u.d}`;
  if (days < 365) return `${round1(days / 30)}${u.mo}`;
  return `${round1(days / 365)}${u.y}`;
}
