import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";
import { link } from "@/components/ui/styles";
import { pickLang } from "@/lib/content/pick-lang";
import type { BilingualText, Lang } from "@/lib/content/schemas/common";
import type { WeakQuestion } from "@/lib/stats/weakest";
import { TableSection } from "./TableSection";

export async function WeakestQuestions({
  weakest,
  titles,
  lang,
}: {
  weakest: WeakQuestion[];
  titles: Map<string, Partial<BilingualText>>;
  lang: Lang;
}) {
  const [t, format] = await Promise.all([getTranslations("dashboard.weakest"), getFormatter()]);
  const title = (id: string) => pickLang(titles.get(id) ?? {}, lang)?.value ?? id;
  return (
    <TableSection
      id="weakest"
      title={t("title")}
      empty={t("empty")}
      caption={t("intro")}
      columns={[t("question"), t("lapses"), t("stability"), t("lastAgain")]}
      rows={weakest.map((w) => (
        <tr key={w.questionId}>
          <th scope="row" className="py-1 pr-4 font-normal">
            <Link href={`/questions/${w.questionId}`} className={link}>
              {title(w.questionId)}
            </Link>
          </th>
          <td className="py-1 pr-4 tabular-nums">{w.lapses}</td>
          <td className="py-1 pr-4 tabular-nums">
            {t("stabilityValue", { days: format.number(w.stability, { maximumFractionDigits: 1 }) })}
          </td>
          <td className="py-1 pr-4">
            {w.lastAgain ? format.dateTime(w.lastAgain, { dateStyle: "medium" }) : t("never")}
          </td>
        </tr>
      ))}
    />
  );
}
