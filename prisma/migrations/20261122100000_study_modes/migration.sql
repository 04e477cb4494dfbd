-- CreateTable
CREATE TABLE "Card" (
    "profileId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "clozeIndex" INTEGER NOT NULL DEFAULT 0,
    "due" DATETIME NOT NULL,
    "stability" REAL NOT NULL,
    "difficulty" REAL NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "learningSteps" INTEGER NOT NULL,
    "reps" INTEGER NOT NULL,
    "lapses" INTEGER NOT NULL,
    "state" INTEGER NOT NULL,
    "lastReview" DATETIME,
    "contentHash" TEXT NOT NULL,
    "contentLang" TEXT NOT NULL,

    PRIMARY KEY ("profileId", "questionId", "clozeIndex"),
    CONSTRAINT "Card_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "profileId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "clozeIndex" INTEGER NOT NULL,
    "rating" INTEGER NOT NULL,
    "reviewedAt" DATETIME NOT NULL,
    "contentHash" TEXT NOT NULL,
    "contentLang" TEXT NOT NULL,
    "state" INTEGER NOT NULL,
    "due" DATETIME NOT NULL,
    "dueBefore" DATETIME NOT NULL,
    "stability" REAL NOT NULL,
    "difficulty" REAL NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
    "lastElapsedDays" INTEGER NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "learningSteps" INTEGER NOT NULL,
    CONSTRAINT "Review_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReviewUndo" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reviewId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReviewUndo_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuizAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "profileId" TEXT NOT NULL,
    "quizSlug" TEXT,
    "title" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "questionIds" TEXT NOT NULL,
    "timeLimitSec" INTEGER,
    "passPercent" REAL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "elapsedMs" INTEGER NOT NULL DEFAULT 0,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    CONSTRAINT "QuizAttempt_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuizAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "attemptId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "response" TEXT NOT NULL,
    "score" REAL,
    "selfGrade" TEXT,
    "contentHash" TEXT NOT NULL,
    "contentLang" TEXT NOT NULL,
    "answeredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "QuizAnswer_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "QuizAttempt" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Profile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "locale" TEXT,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "dailyNewLimit" INTEGER NOT NULL DEFAULT 20,
    "desiredRetention" REAL NOT NULL DEFAULT 0.9
);
INSERT INTO "new_Profile" ("createdAt", "id", "lastSeenAt", "locale") SELECT "createdAt", "id", "lastSeenAt", "locale" FROM "Profile";
DROP TABLE "Profile";
ALTER TABLE "new_Profile" RENAME TO "Profile";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Card_profileId_due_idx" ON "Card"("profileId", "due");

-- CreateIndex
CREATE INDEX "Review_profileId_reviewedAt_idx" ON "Review"("profileId", "reviewedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewUndo_reviewId_key" ON "ReviewUndo"("reviewId");

-- CreateIndex
CREATE INDEX "QuizAttempt_profileId_finishedAt_idx" ON "QuizAttempt"("profileId", "finishedAt");

-- CreateIndex
CREATE INDEX "QuizAnswer_attemptId_questionId_idx" ON "QuizAnswer"("attemptId", "questionId");

