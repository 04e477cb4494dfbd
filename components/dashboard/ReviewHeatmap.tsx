import { getFormatter, getTranslations } from "next-intl/server";
import { heatLevel, heatLevelRanges, type HeatmapDay } from "@/lib/stats/heatmap";
import { ChartFigure } from "./ChartFigure";
import { dayLabel } from "./day-label";

const CELL = 11;
const GAP = 2;
const LEFT = 4;
const TOP = 4;
const ROWS = 7;

// One class list per bucket, light and dark: each step is visibly darker (lighter in dark mode) than the last.
export const HEAT_CLASSES = [
  "fill-stone-200 stroke-stone-400 dark:fill-stone-800 dark:stroke-stone-600",
  "fill-amber-200 dark:fill-amber-900",
  "fill-amber-400 dark:fill-amber-700",
  "fill-amber-600 dark:fill-amber-500",
  "fill-amber-800 dark:fill-amber-300",
] as const;

/** A year of study days as a grid: one column per week (Monday on top), today in the last column. */
export async function ReviewHeatmap({ days }: { days: HeatmapDay[] }) {
  const [t, format] = await Promise.all([getTranslations("dashboard.heatmap"), getFormatter()]);
  const active = days.filter((d) => d.count > 0);
  const total = active.reduce((s, d) => s + d.count, 0);
  const busiest = days.reduce((a, b) => (b.count > a.count ? b : a), days[0]!);
  const max = busiest.count;
  const offset = days[0]!.weekday;
  const columns = Math.ceil((offset + days.length) / ROWS);
  const gridWidth = LEFT + columns * (CELL + GAP);
  const legendY = TOP + ROWS * (CELL + GAP) + 10;
  const ranges = heatLevelRanges(max);
  const legendLevels = [0, ...ranges.map((r) => r.level)];
  const legend = [
    t("levelNone"),
    ...ranges.map(({ from, to }) => (from === to ? t("levelOne", { count: from }) : t("levelRange", { from, to }))),
  ];
  return (
    <ChartFigure
      id="heatmap"
      title={t("title")}
      summary={t("summary", { total, active: active.length, busiest: dayLabel(format, busiest.date), max })}
      width={gridWidth}
      height={legendY + CELL + 4}
      note={t("legend", { levels: legend.join(" · ") })}
      table={{
        caption: t("caption"),
        columns: [t("day"), t("reviews")],
        empty: t("noRows"),
        rows: active.map((d) => ({ key: d.date, cells: [dayLabel(format, d.date, true), d.count] })),
      }}
    >
      {days.map((d, i) => {
        const cell = offset + i;
        return (
          <rect
            key={d.date}
            x={LEFT + Math.floor(cell / ROWS) * (CELL + GAP)}
            y={TOP + (cell % ROWS) * (CELL + GAP)}
            width={CELL}
            height={CELL}
            rx={2}
            className={HEAT_CLASSES[heatLevel(d.count, max)]}
          >
            <title>{t("cell", { date: dayLabel(format, d.date), count: d.count })}</title>
          </rect>
        );
      })}
      <text x={LEFT} y={legendY + CELL - 1} fontSize="11" fill="currentColor">
        {t("less")}
      </text>
      {legendLevels.map((level, i) => (
        <rect
          key={level}
          x={LEFT + 50 + i * (CELL + 4)}
          y={legendY}
          width={CELL}
          height={CELL}
          rx={2}
          className={HEAT_CLASSES[level]}
        />
      ))}
      <text
        x={LEFT + 50 + legendLevels.length * (CELL + 4) + 4}
        y={legendY + CELL - 1}
        fontSize="11"
        fill="currentColor"
      >
        {t("more")}
      </text>
    </ChartFigure>
  );
}
