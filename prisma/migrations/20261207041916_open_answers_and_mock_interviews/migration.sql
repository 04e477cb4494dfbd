-- CreateTable
CREATE TABLE "OpenAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "profileId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "verdicts" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sourceId" TEXT,
    "seconds" INTEGER,
    "answeredAt" DATETIME NOT NULL,
    "mockId" TEXT,
    CONSTRAINT "OpenAnswer_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OpenAnswer_mockId_fkey" FOREIGN KEY ("mockId") REFERENCES "MockInterview" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MockInterview" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "profileId" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "questionIds" TEXT NOT NULL,
    "perQuestionSec" INTEGER,
    "enforced" BOOLEAN NOT NULL DEFAULT false,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    CONSTRAINT "MockInterview_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "OpenAnswer_profileId_questionId_answeredAt_idx" ON "OpenAnswer"("profileId", "questionId", "answeredAt");

-- CreateIndex
CREATE INDEX "OpenAnswer_mockId_idx" ON "OpenAnswer"("mockId");

-- CreateIndex
CREATE INDEX "MockInterview_profileId_startedAt_idx" ON "MockInterview"("profileId", "startedAt");

