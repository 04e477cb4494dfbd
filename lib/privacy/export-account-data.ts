import type { Db } from "../db/types";
import { NotFoundError } from "../errors";
import { scoreAttempt } from "../gradebook/counted-attempt";

const json = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

/**
 * Everything the app keeps about one account, as one JSON document for "Download my data": the account and its
 * sessions, the progress profile with its settings, every flashcard rating and card, every quiz attempt with its
 * answers and instructor grades, typed answers, mock interviews, grader results, class memberships and removals,
 * the assignment grades, and the classes the person teaches. Never a password hash or a session token.
 */
export async function exportAccountData(db: Db, userId: string, now: Date) {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: {
      sessions: { orderBy: { createdAt: "asc" } },
      memberships: { include: { classroom: { select: { name: true, owner: { select: { name: true } } } } } },
      removals: { include: { classroom: { select: { name: true } } } },
      ownedClasses: { select: { id: true, name: true, createdAt: true } },
    },
  });
  if (!user) throw new NotFoundError("user", userId);
  const profile = await db.profile.findUnique({ where: { userId } });
  const profileId = profile?.id ?? "";
  const [fsrs, plans, cards, reviews, attempts, openAnswers, mocks, gradings, cardActions] = await Promise.all([
    db.fsrsParameters.findUnique({ where: { profileId } }),
    db.interviewPlan.findMany({ where: { profileId }, orderBy: { date: "asc" } }),
    db.card.findMany({ where: { profileId }, orderBy: [{ questionId: "asc" }, { clozeIndex: "asc" }] }),
    db.review.findMany({ where: { profileId }, include: { undo: true }, orderBy: { reviewedAt: "asc" } }),
    db.quizAttempt.findMany({
      where: { profileId },
      include: {
        answers: { orderBy: { answeredAt: "asc" } },
        overrides: true,
        assignment: { select: { title: true, classroom: { select: { id: true, name: true } } } },
      },
      orderBy: { startedAt: "asc" },
    }),
    db.openAnswer.findMany({ where: { profileId }, orderBy: { answeredAt: "asc" } }),
    db.mockInterview.findMany({ where: { profileId }, orderBy: { startedAt: "asc" } }),
    db.answerGrading.findMany({ where: { profileId }, orderBy: { createdAt: "asc" } }),
    db.cardAction.findMany({ where: { profileId }, orderBy: [{ at: "asc" }, { id: "asc" }] }),
  ]);
  const scored = attempts.map((a) => ({
    row: a,
    summary: scoreAttempt({ ...a, questionIds: json(a.questionIds) as string[] }).summary,
  }));
  return {
    format: "goldmine-account-export",
    version: 1,
    exportedAt: now.toISOString(),
    account: {
      id: user.id,
      name: user.name,
      email: user.email,
      emailVerified: user.emailVerified,
      role: user.role,
      createdAt: user.createdAt,
    },
    sessions: user.sessions.map((s) => ({
      createdAt: s.createdAt,
      expiresAt: s.expiresAt,
      ipAddress: s.ipAddress,
      userAgent: s.userAgent,
    })),
    profile: profile && {
      id: profile.id,
      createdAt: profile.createdAt,
      lastSeenAt: profile.lastSeenAt,
    },
    settings: profile && {
      locale: profile.locale,
      timeZone: profile.timeZone,
      dailyNewLimit: profile.dailyNewLimit,
      desiredRetention: profile.desiredRetention,
      fsrsParameters: fsrs && { weights: json(fsrs.weights), fit: json(fsrs.fit), fittedAt: fsrs.fittedAt },
      interviewPlans: plans.map(({ profileId: _p, ...plan }) => plan),
    },
    cards: cards.map(({ profileId: _p, ...card }) => card),
    reviews: reviews.map(({ profileId: _p, undo, ...review }) => ({ ...review, undoneAt: undo?.createdAt ?? null })),
    /** Suspensions, burials and resets of cards, as logged. */
    cardActions: cardActions.map(({ profileId: _p, ...action }) => action),
    attempts: scored.map(({ row, summary }) => ({
      id: row.id,
      title: json(row.title),
      quizSlug: row.quizSlug,
      mode: row.mode,
      questionIds: json(row.questionIds),
      timeLimitSec: row.timeLimitSec,
      startedAt: row.startedAt,
      finishedAt: row.finishedAt,
      elapsedMs: row.elapsedMs,
      scorePercent: row.finishedAt ? summary.scorePercent : null,
      assignmentId: row.assignmentId,
      answers: row.answers.map((a) => ({
        questionId: a.questionId,
        response: json(a.response),
        score: a.score,
        selfGrade: a.selfGrade,
        answeredAt: a.answeredAt,
      })),
    })),
    openAnswers: openAnswers.map(({ profileId: _p, verdicts, ...a }) => ({ ...a, verdicts: json(verdicts) })),
    mockInterviews: mocks.map(({ profileId: _p, scope, questionIds, ...m }) => ({
      ...m,
      scope: json(scope),
      questionIds: json(questionIds),
    })),
    answerGradings: gradings.map(({ profileId: _p, verdicts, ...g }) => ({ ...g, verdicts: json(verdicts) })),
    memberships: user.memberships.map((m) => ({
      classId: m.classId,
      className: m.classroom.name,
      instructor: m.classroom.owner.name,
      joinedAt: m.joinedAt,
    })),
    classRemovals: user.removals.map((r) => ({
      classId: r.classId,
      className: r.classroom.name,
      removedAt: r.removedAt,
    })),
    grades: scored
      .filter(({ row }) => row.assignment)
      .map(({ row, summary }) => ({
        assignmentId: row.assignmentId,
        assignment: json(row.assignment!.title),
        classId: row.assignment!.classroom.id,
        className: row.assignment!.classroom.name,
        attemptId: row.id,
        submittedAt: row.finishedAt,
        scorePercent: row.finishedAt ? summary.scorePercent : null,
        instructorGrades: row.overrides.map((o) => ({
          questionId: o.questionId,
          score: o.score,
          comment: o.comment,
          gradedAt: o.updatedAt,
        })),
      })),
    classesTaught: user.ownedClasses,
  };
}

export type AccountExport = Awaited<ReturnType<typeof exportAccountData>>;

/** The download's file name: the date of the export, so two downloads on different days never overwrite. */
export const accountExportFileName = (now: Date) => `goldmine-my-data-${now.toISOString().slice(0, 10)}.json`;
