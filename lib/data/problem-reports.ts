import "server-only";
import { prisma } from "../db/client";
import { readEnv } from "../env";
import type { Lang } from "../content/schemas/common";
import { listProblemReports, type ProblemReportRow } from "../study-tools/problem-reports";
import { contentIssueLink } from "../study-tools/content-issue-link";
import { currentViewer } from "../session/viewer";
import { getQuestionContent } from "./content";

export type ProblemReportForAdmin = ProblemReportRow & { questionTitle?: string; issueUrl?: string };

/** Problem reports for the admins' page, each with its question's title and, when configured, a prefilled issue link. */
export async function problemReportsForAdmin(uiLang: Lang): Promise<ProblemReportForAdmin[]> {
  const rows = await listProblemReports(prisma, await currentViewer());
  const repo = readEnv().CONTENT_REPO_URL;
  return rows.map((row) => {
    const questionTitle = getQuestionContent(row.questionId, uiLang)?.content.title;
    const issueUrl = contentIssueLink(repo, {
      questionId: row.questionId,
      questionTitle: questionTitle ?? row.questionId,
      reason: row.reason,
      text: row.text,
    });
    return { ...row, questionTitle, issueUrl };
  });
}
