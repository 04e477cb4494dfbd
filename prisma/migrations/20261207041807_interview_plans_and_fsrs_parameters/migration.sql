-- CreateTable
CREATE TABLE "FsrsParameters" (
    "profileId" TEXT NOT NULL PRIMARY KEY,
    "weights" TEXT,
    "fit" TEXT,
    "reviews" INTEGER NOT NULL DEFAULT 0,
    "fittedAt" DATETIME NOT NULL,
    "runningAt" DATETIME,
    CONSTRAINT "FsrsParameters_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InterviewPlan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "profileId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "targetRetention" REAL NOT NULL DEFAULT 0.9,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "InterviewPlan_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "InterviewPlan_profileId_idx" ON "InterviewPlan"("profileId");

