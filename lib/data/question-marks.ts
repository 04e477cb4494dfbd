import "server-only";
import { prisma } from "../db/client";
import { readQuestionMark } from "../study-tools/question-marks";
import { renderNote } from "../study-tools/render-note";
import { currentProfileId } from "../session/profile";

export type MyQuestionMark = { flagged: boolean; note: string; noteHtml: string };

/** The visitor's flag and note on a question, the note rendered safely (nothing for a visitor without a profile). */
export async function myQuestionMark(questionId: string): Promise<MyQuestionMark> {
  const profileId = await currentProfileId();
  const mark = profileId ? await readQuestionMark(prisma, profileId, questionId) : { flagged: false, note: "" };
  return { ...mark, noteHtml: renderNote(mark.note) };
}

/** The ids of the questions the visitor flagged (none for a visitor without a profile): the card browser's filter. */
export async function myFlaggedQuestionIds(): Promise<string[]> {
  const profileId = await currentProfileId();
  if (!profileId) return [];
  const rows = await prisma.questionMark.findMany({ where: { profileId, flagged: true }, select: { questionId: true } });
  return rows.map((r) => r.questionId);
}
