import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";
import { link } from "@/components/ui/styles";
import { TableSection } from "./TableSection";

export type MockHistoryRow = { id: string; finishedAt: Date; scope: string; questions: number; score: number };

/** The learner's finished mock interviews, each linking to its kept report. */
export async function MockHistory({ mocks }: { mocks: MockHistoryRow[] }) {
  const [t, format] = await Promise.all([getTranslations("mock.history"), getFormatter()]);
  const section = (
    <TableSection
      id="mock-interviews"
      title={t("title")}
      empty={t("empty")}
      caption={t("caption")}
      columns={[t("date"), t("scope"), t("questions"), t("score")]}
      rows={mocks.map((m) => {
        const date = format.dateTime(m.finishedAt, { dateStyle: "medium", timeStyle: "short" });
        return (
          <tr key={m.id}>
            <th scope="row" className="py-1 pr-4 font-normal">
              <Link href={`/mock/${m.id}/report`} aria-label={t("view", { date, scope: m.scope })} className={link}>
                {date}
              </Link>
            </th>
            <td className="py-1 pr-4">{m.scope}</td>
            <td className="py-1 pr-4 tabular-nums">{m.questions}</td>
            <td className="py-1 pr-4 tabular-nums">
              {format.number(m.score, { style: "percent", maximumFractionDigits: 0 })}
            </td>
          </tr>
        );
      })}
    />
  );
  return mocks.length > 0 ? (
    section
  ) : (
    <div className="space-y-2">
      {section}
      <Link href="/mock" className={`text-sm ${link}`}>
        {t("start")}
      </Link>
    </div>
  );
}
