import { getFormatter, getTranslations } from "next-intl/server";
import type { BilingualText, Lang } from "@/lib/content/schemas/common";
import type { TopicMastery } from "@/lib/stats/mastery";
import { ChartFigure } from "./ChartFigure";
import { percentLabel } from "./day-label";

const W = 620;
const ROW = 24;
const LABEL = 220;

/** One horizontal bar per topic: the share of its cards mastered. */
export async function MasteryChart({
  mastery,
  names,
  lang,
}: {
  mastery: TopicMastery[];
  names: Map<string, BilingualText>;
  lang: Lang;
}) {
  const [t, format] = await Promise.all([getTranslations("dashboard.mastery"), getFormatter()]);
  const name = (id: string) => names.get(id)?.[lang] ?? id;
  const cards = mastery.reduce((s, m) => s + m.cards, 0);
  const mastered = mastery.reduce((s, m) => s + m.mastered, 0);
  const best = mastery.reduce(
    (a, b) => (b.share > a.share ? b : a),
    mastery[0] ?? { topicId: "", cards: 0, mastered: 0, share: 0 },
  );
  const barWidth = W - LABEL - 50;
  return (
    <ChartFigure
      id="mastery"
      title={t("title")}
      summary={t("summary", { cards, mastered, best: name(best.topicId), percent: percentLabel(format, best.share) })}
      note={t("note")}
      width={W}
      height={mastery.length * ROW + 8}
      table={{
        caption: t("caption"),
        columns: [t("topic"), t("cards"), t("mastered"), t("share")],
        rows: mastery.map((m) => ({
          key: m.topicId,
          cells: [name(m.topicId), m.cards, m.mastered, percentLabel(format, m.share)],
        })),
      }}
    >
      {mastery.map((m, i) => (
        <g key={m.topicId} transform={`translate(0 ${i * ROW + 4})`}>
          <text x={LABEL - 8} y={14} textAnchor="end" fontSize="12" fill="currentColor">
            {name(m.topicId).slice(0, 32)}
          </text>
          <rect
            x={LABEL}
            y={3}
            width={barWidth}
            height={14}
            rx={2}
            className="fill-stone-200 stroke-stone-400 dark:fill-stone-800 dark:stroke-stone-600"
          />
          {m.share > 0 && (
            <rect
              x={LABEL}
              y={3}
              width={barWidth * m.share}
              height={14}
              rx={2}
              className="fill-sky-700 dark:fill-sky-400"
            />
          )}
          <text x={LABEL + barWidth + 6} y={14} fontSize="12" fill="currentColor">
            {percentLabel(format, m.share)}
          </text>
        </g>
      ))}
    </ChartFigure>
  );
}
