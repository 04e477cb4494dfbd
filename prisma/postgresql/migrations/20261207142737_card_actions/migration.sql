-- CreateTable
CREATE TABLE "CardAction" (
    "id" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "clozeIndex" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "until" TIMESTAMP(3),

    CONSTRAINT "CardAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CardAction_profileId_questionId_clozeIndex_at_idx" ON "CardAction"("profileId", "questionId", "clozeIndex", "at");

-- AddForeignKey
ALTER TABLE "CardAction" ADD CONSTRAINT "CardAction_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

