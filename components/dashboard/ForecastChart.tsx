import { getFormatter, getTranslations } from "next-intl/server";
import type { ForecastDay } from "@/lib/stats/forecast";
import { ChartFigure } from "./ChartFigure";
import { dayLabel } from "./day-label";

const W = 620;
const H = 170;
const PLOT = { left: 32, top: 10, bottom: 140 };

/** `messages`: the strings' namespace (the dashboard's simulated workload has its own title and note). */
export async function ForecastChart({
  forecast,
  messages = "dashboard.forecast",
}: {
  forecast: ForecastDay[];
  messages?: "dashboard.forecast" | "schedule.forecast";
}) {
  const [t, format] = await Promise.all([getTranslations(messages), getFormatter()]);
  const total = forecast.reduce((s, d) => s + d.count, 0);
  const busiest = forecast.reduce((a, b) => (b.count > a.count ? b : a), forecast[0]!);
  const max = Math.max(1, busiest.count);
  const step = (W - PLOT.left) / forecast.length;
  const y = (n: number) => PLOT.bottom - (n / max) * (PLOT.bottom - PLOT.top);
  return (
    <ChartFigure
      id="forecast"
      title={t("title")}
      summary={t("summary", { total, busiest: dayLabel(format, busiest.date), max: busiest.count })}
      note={t("note")}
      width={W}
      height={H}
      table={{
        caption: t("caption"),
        columns: [t("day"), t("due")],
        rows: forecast.map((d) => ({ key: d.date, cells: [dayLabel(format, d.date, true), d.count] })),
      }}
    >
      <line
        x1={PLOT.left}
        x2={W}
        y1={PLOT.bottom}
        y2={PLOT.bottom}
        className="stroke-stone-400 dark:stroke-stone-500"
      />
      <text x={PLOT.left - 6} y={PLOT.top + 4} textAnchor="end" fontSize="11" fill="currentColor">
        {max}
      </text>
      <text x={PLOT.left - 6} y={PLOT.bottom} textAnchor="end" fontSize="11" fill="currentColor">
        0
      </text>
      {forecast.map((d, i) => (
        <g key={d.date}>
          {d.count > 0 && (
            <rect
              x={PLOT.left + i * step + 2}
              y={y(d.count)}
              width={step - 4}
              height={PLOT.bottom - y(d.count)}
              className={i === 0 ? "fill-amber-700 dark:fill-amber-400" : "fill-amber-600 dark:fill-amber-500"}
            />
          )}
          {i % 7 === 0 && (
            <text
              x={PLOT.left + i * step + step / 2}
              y={PLOT.bottom + 16}
              textAnchor="middle"
              fontSize="11"
              fill="currentColor"
            >
              {dayLabel(format, d.date)}
            </text>
          )}
        </g>
      ))}
    </ChartFigure>
  );
}
