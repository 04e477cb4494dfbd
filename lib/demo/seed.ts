import type { PrismaClient } from "@prisma/client";
import { AssignInputSchema } from "../assignments/assign-input";
import { createAssignment } from "../assignments/create-assignment";
import { utcToLocal } from "../assignments/local-time";
import { createAuth, type Auth } from "../auth/create-auth";
import type { Viewer } from "../auth/viewer";
import { createClass } from "../classes/create-class";
import { joinClass } from "../classes/join-class";
import { setJoinEnabled } from "../classes/set-join-enabled";
import type { ContentSnapshot } from "../content/schemas/snapshot";
import { quizContentFrom } from "../quiz/content-source";
import { seededRandom } from "../quiz/random";
import { DEMO_ACCOUNTS, DEMO_INSTRUCTOR, DEMO_LIN, DEMO_SAM, ensureDemoAccount } from "./accounts";
import { seedFinishedAttempt } from "./finished-attempt";
import { seedReviews, type StudyHabit } from "./reviews";

export const DEMO_CLASS_NAME = "Demo: LLM fundamentals";
/** The assigned quiz set: the first of these the content has (the real content has the first). */
export const DEMO_QUIZ_SETS = ["llm-fundamentals-warm-up"];

const DAY = 24 * 60 * 60_000;

/** Every `step` days from `from` days ago down to (but not including) `to`. */
const every = (step: number, from: number, to: number) =>
  Array.from({ length: Math.ceil((from - to) / step) }, (_, i) => from - i * step);

/**
 * Lin has studied for two months, every day for the last ten, and does well; Sam started a month ago, skips
 * days and forgets more. Two months are needed for the dashboard's retention: it counts only reviews of
 * cards whose interval had reached three weeks. A new card every session keeps each session from being empty;
 * three a session give each of them more than 200 ratings, the history the FSRS optimiser needs (Settings).
 */
const HABITS: Record<"lin" | "sam", StudyHabit> = {
  lin: {
    seed: 20261,
    lang: "en",
    daysAgo: [...every(3, 60, 10), 9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    newPerDay: 3,
    totalCards: 90,
    odds: { again: 0.08, hard: 0.12, good: 0.65 },
  },
  sam: {
    seed: 20262,
    lang: "en",
    daysAgo: [...every(4, 40, 10), 8, 7, 5, 3, 2, 1],
    newPerDay: 4,
    totalCards: 80,
    odds: { again: 0.22, hard: 0.18, good: 0.5 },
  },
};

export type SeedReport = { lines: string[]; classId: string; joinCode: string; assignmentId: string };

/**
 * Demo data for trying the classroom features: an admin, an instructor with a class and an assignment, and two
 * candidates with flashcard history and (Lin) a graded attempt. Everything goes through the real services with
 * `now` as the clock. Running it again keeps what exists and adds only what is missing.
 */
export async function seedDemo(
  db: PrismaClient,
  snapshot: ContentSnapshot,
  now: Date,
  auth: Auth = defaultAuth(db),
): Promise<SeedReport> {
  const lines: string[] = [];
  const note = (what: string, created: boolean) => lines.push(`${created ? "✓ created" : "· already seeded"}: ${what}`);
  const content = quizContentFrom(snapshot);

  const viewers = new Map<string, Viewer>();
  for (const account of DEMO_ACCOUNTS) {
    const { viewer, created } = await ensureDemoAccount(db, auth, account);
    viewers.set(account.email, viewer);
    note(`${account.role} ${account.email}`, created);
  }
  const teacher = viewers.get(DEMO_INSTRUCTOR.email)!;
  const lin = viewers.get(DEMO_LIN.email)!;
  const sam = viewers.get(DEMO_SAM.email)!;

  let classroom = await db.classroom.findFirst({
    where: { ownerId: teacher.userId, name: DEMO_CLASS_NAME },
    orderBy: { createdAt: "asc" },
  });
  note(`class "${DEMO_CLASS_NAME}"`, !classroom);
  if (!classroom) {
    const { classId } = await createClass(db, teacher, { name: DEMO_CLASS_NAME }, now);
    classroom = await db.classroom.findUniqueOrThrow({ where: { id: classId } });
  }
  if (!classroom.joinEnabled) await setJoinEnabled(db, teacher, { classId: classroom.id, enabled: true });
  for (const student of [lin, sam]) {
    // The seed knows the code: no guessing to limit, so no rate-limit keys.
    const { alreadyMember } = await joinClass(db, student, { code: classroom.joinCode }, now, []);
    note(`${student.name} in the class`, !alreadyMember);
  }

  let assignment = await db.assignment.findFirst({ where: { classId: classroom.id }, orderBy: { createdAt: "asc" } });
  note("assignment", !assignment);
  if (!assignment) {
    const slug = DEMO_QUIZ_SETS.find((s) => content.quizSet(s)) ?? snapshot.quizzes.map((q) => q.slug).sort()[0];
    if (!slug)
      throw new Error(
        "the content has no quiz set to assign: add one under content/quizzes and run npm run content:build",
      );
    const input = AssignInputSchema.parse({
      classId: classroom.id,
      source: { kind: "set", slug },
      opensAt: utcToLocal(new Date(now.getTime() - DAY), "UTC"),
      dueAt: utcToLocal(new Date(now.getTime() + 7 * DAY), "UTC"),
      timeZone: "UTC",
      feedback: "immediate",
    });
    const { assignmentId } = await createAssignment(db, teacher, content, input, now, seededRandom(2026));
    assignment = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
  }

  for (const [student, habit] of [
    [lin, HABITS.lin],
    [sam, HABITS.sam],
  ] as const) {
    const has = (await db.review.count({ where: { profileId: student.profileId } })) > 0;
    note(`${student.name}'s flashcard reviews`, !has);
    if (!has) await seedReviews(db, student.profileId, snapshot.questions, habit, now);
  }

  const linAttempts = await db.quizAttempt.count({ where: { assignmentId: assignment.id, profileId: lin.profileId } });
  note(`${lin.name}'s finished attempt`, linAttempts === 0);
  // Started a few hours after the assignment opened, well inside its time limit and before the due date.
  if (linAttempts === 0)
    await seedFinishedAttempt(
      db,
      lin,
      content,
      assignment.id,
      new Date(Math.max(assignment.opensAt.getTime(), now.getTime() - 20 * 60 * 60_000)),
    );

  return { lines, classId: classroom.id, joinCode: classroom.joinCode, assignmentId: assignment.id };
}

/** Sign-up only hashes the password; the session it opens is deleted, so the secret signs nothing that lasts. */
function defaultAuth(db: PrismaClient): Auth {
  return createAuth({
    db,
    secret: "goldmine-demo-seed-secret-not-for-sessions",
    baseURL: "http://localhost:3000",
    secureCookies: false,
  });
}
