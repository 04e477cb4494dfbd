-- CreateTable
CREATE TABLE "AnswerGrading" (
    "id" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "answerHash" TEXT NOT NULL,
    "promptHash" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "verdicts" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "missedMust" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnswerGrading_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AnswerGrading_profileId_createdAt_idx" ON "AnswerGrading"("profileId", "createdAt");

-- CreateIndex
CREATE INDEX "AnswerGrading_profileId_questionId_promptHash_idx" ON "AnswerGrading"("profileId", "questionId", "promptHash");

-- AddForeignKey
ALTER TABLE "AnswerGrading" ADD CONSTRAINT "AnswerGrading_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

