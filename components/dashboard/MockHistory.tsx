import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";
import { link } from "@/components/ui/styles";
import { TableSection } from "./TableSection";

export type MockHistoryRow = { id: string; finishedAt: Date; scope: string; questions: number; score: number };
export type MockUnderWay = { id: string; scope: string; answered: number; questions: number };

/** The learner's finished mock interviews, each linking to its kept report, and the rounds left under way. */
export async function MockHistory({ mocks, underWay }: { mocks: MockHistoryRow[]; underWay: MockUnderWay[] }) {
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
  return (
    <div className="space-y-2">
      {section}
      {underWay.map((m) => (
        <p key={m.id} className="text-sm">
          {t("underWay", { scope: m.scope, answered: m.answered, questions: m.questions })}{" "}
          <Link href={`/mock/${m.id}`} className={link}>
            {t("resume")}
          </Link>
        </p>
      ))}
      {mocks.length === 0 && (
        <Link href="/mock" className={`text-sm ${link}`}>
          {t("start")}
        </Link>
      )}
    </div>
  );
}
