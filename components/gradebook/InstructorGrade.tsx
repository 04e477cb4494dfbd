import { getTranslations } from "next-intl/server";
import type { GradeOverrideRecord } from "@/lib/quiz/overrides";

/** On the student's result page: the instructor's grade (which the score above already uses) and their comment. */
export async function InstructorGrade({ override }: { override: GradeOverrideRecord }) {
  const t = await getTranslations("gradebook.result");
  return (
    <div className="space-y-1 rounded-lg border border-amber-300 bg-amber-50 p-3 dark:border-amber-800 dark:bg-amber-950">
      <p className="font-semibold">{t("instructorGrade", { score: Math.round(override.score * 100) })}</p>
      {override.comment && (
        <>
          <h4 className="text-sm font-semibold">{t("instructorComment")}</h4>
          <p className="whitespace-pre-line">{override.comment}</p>
        </>
      )}
    </div>
  );
}
