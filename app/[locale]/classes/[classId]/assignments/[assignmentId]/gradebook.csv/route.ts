import { getLocale, getTranslations } from "next-intl/server";
import { getGradebookForExport } from "@/lib/data/gradebook";
import { NotFoundError } from "@/lib/errors";
import { gradebookCsv, gradebookCsvDisposition } from "@/lib/gradebook/gradebook-csv";
import { LocaleSchema } from "@/lib/i18n/locales";
import { getLearnerSettings } from "@/lib/session/profile";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ classId: string; assignmentId: string }> };

/** The gradebook as a spreadsheet, for the class owner only (the same data-layer check as the page; 404 otherwise); audited. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { classId, assignmentId } = await params;
  let gradebook;
  try {
    gradebook = await getGradebookForExport(classId, assignmentId);
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    throw error;
  }
  const [t, ts, lang, { timeZone }] = await Promise.all([
    getTranslations("gradebook.csv"),
    getTranslations("gradebook.status"),
    getLocale().then((l) => LocaleSchema.parse(l)),
    getLearnerSettings(),
  ]);
  const csv = gradebookCsv(
    gradebook,
    {
      name: t("name"),
      email: t("email"),
      status: t("status"),
      score: t("score"),
      time: t("time"),
      submittedAt: t("submittedAt"),
      late: t("late"),
      awaitingCount: t("awaitingCount"),
      awaiting: t("awaiting"),
      yes: t("yes"),
      no: t("no"),
      statuses: {
        "not-started": ts("not-started"),
        "in-progress": ts("in-progress"),
        submitted: ts("submitted"),
        late: ts("late"),
        missed: ts("missed"),
      },
    },
    // The instructor's time zone, as the gradebook page shows the same times.
    timeZone,
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": gradebookCsvDisposition(gradebook, lang),
      "Cache-Control": "private, no-store",
    },
  });
}
