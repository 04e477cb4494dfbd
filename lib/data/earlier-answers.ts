import "server-only";
import { prisma } from "../db/client";
import { earlierAnswers, type EarlierAnswer } from "../open-answers/earlier-answers";
import { currentProfileId } from "../session/profile";

/** The visitor's earlier answers to a question (none for a visitor without a profile yet). */
export async function myEarlierAnswers(questionId: string): Promise<EarlierAnswer[]> {
  const profileId = await currentProfileId();
  return profileId ? earlierAnswers(prisma, profileId, questionId) : [];
}
