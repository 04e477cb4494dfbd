-- CreateTable
CREATE TABLE "CardAction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "profileId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "clozeIndex" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "until" DATETIME,
    CONSTRAINT "CardAction_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CardAction_profileId_questionId_clozeIndex_at_idx" ON "CardAction"("profileId", "questionId", "clozeIndex", "at");

