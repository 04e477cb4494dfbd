-- CreateTable
CREATE TABLE "OpenAnswer" (
    "id" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "verdicts" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sourceId" TEXT,
    "seconds" INTEGER,
    "answeredAt" TIMESTAMP(3) NOT NULL,
    "mockId" TEXT,

    CONSTRAINT "OpenAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MockInterview" (
    "id" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "questionIds" TEXT NOT NULL,
    "perQuestionSec" INTEGER,
    "enforced" BOOLEAN NOT NULL DEFAULT false,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "MockInterview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OpenAnswer_profileId_questionId_answeredAt_idx" ON "OpenAnswer"("profileId", "questionId", "answeredAt");

-- CreateIndex
CREATE INDEX "OpenAnswer_mockId_idx" ON "OpenAnswer"("mockId");

-- CreateIndex
CREATE INDEX "MockInterview_profileId_startedAt_idx" ON "MockInterview"("profileId", "startedAt");

-- AddForeignKey
ALTER TABLE "OpenAnswer" ADD CONSTRAINT "OpenAnswer_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpenAnswer" ADD CONSTRAINT "OpenAnswer_mockId_fkey" FOREIGN KEY ("mockId") REFERENCES "MockInterview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MockInterview" ADD CONSTRAINT "MockInterview_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

