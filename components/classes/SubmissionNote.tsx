import { getTranslations } from "next-intl/server";
import { isLate } from "@/lib/assignments/status";

type Props = { finishedAt: Date; dueAt: Date; withheld: boolean; when: (d: Date) => string };

/** On an assignment's result: when it was handed in, whether late, and (for after-due feedback) when results come. */
export async function SubmissionNote({ finishedAt, dueAt, withheld, when }: Props) {
  const t = await getTranslations("classes.result");
  return (
    <div className="space-y-1 rounded-lg bg-stone-100 p-3 dark:bg-stone-900">
      <p>{t("submitted", { date: when(finishedAt) })}</p>
      {isLate(finishedAt, dueAt) && <p className="font-medium">{t("late", { due: when(dueAt) })}</p>}
      {withheld && <p>{t("withheld", { due: when(dueAt) })}</p>}
    </div>
  );
}
