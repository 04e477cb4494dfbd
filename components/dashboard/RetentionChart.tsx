import { getFormatter, getTranslations } from "next-intl/server";
import type { RetentionWeek } from "@/lib/stats/retention";
import { ChartFigure } from "./ChartFigure";
import { dayLabel, percentLabel } from "./day-label";

const W = 620;
const H = 170;
const PLOT = { left: 40, top: 10, bottom: 140 };

/** Weekly true retention as bars from 0 to 100 %; a week without mature reviews has no bar. */
export async function RetentionChart({ weeks, overall }: { weeks: RetentionWeek[]; overall: number | null }) {
  const [t, format] = await Promise.all([getTranslations("dashboard.retention"), getFormatter()]);
  const mature = weeks.reduce((s, w) => s + w.mature, 0);
  const current = weeks.at(-1)!;
  const rateLabel = (w: RetentionWeek) => (w.rate === null ? t("none") : percentLabel(format, w.rate));
  const step = (W - PLOT.left) / weeks.length;
  const y = (share: number) => PLOT.bottom - share * (PLOT.bottom - PLOT.top);
  return (
    <ChartFigure
      id="retention"
      title={t("title")}
      summary={t("summary", {
        mature,
        percent: overall === null ? t("none") : percentLabel(format, overall),
        current: rateLabel(current),
      })}
      note={t("note")}
      width={W}
      height={H}
      table={{
        caption: t("caption"),
        columns: [t("week"), t("mature"), t("recalled"), t("rate")],
        rows: weeks.map((w) => ({
          key: w.weekStart,
          cells: [dayLabel(format, w.weekStart), w.mature, w.recalled, rateLabel(w)],
        })),
      }}
    >
      {[0, 0.5, 1].map((share) => (
        <g key={share}>
          <line x1={PLOT.left} x2={W} y1={y(share)} y2={y(share)} className="stroke-stone-300 dark:stroke-stone-700" />
          <text x={PLOT.left - 6} y={y(share) + 4} textAnchor="end" fontSize="11" fill="currentColor">
            {percentLabel(format, share)}
          </text>
        </g>
      ))}
      {weeks.map((w, i) => (
        <g key={w.weekStart}>
          {w.rate !== null && (
            <rect
              x={PLOT.left + i * step + 6}
              y={y(w.rate)}
              width={step - 12}
              height={PLOT.bottom - y(w.rate)}
              className="fill-emerald-700 dark:fill-emerald-400"
            />
          )}
          {i % 2 === 0 && (
            <text
              x={PLOT.left + i * step + step / 2}
              y={PLOT.bottom + 16}
              textAnchor="middle"
              fontSize="11"
              fill="currentColor"
            >
              {dayLabel(format, w.weekStart)}
            </text>
          )}
        </g>
      ))}
    </ChartFigure>
  );
}
