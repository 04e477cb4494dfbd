-- CreateTable
CREATE TABLE "FsrsParameters" (
    "profileId" TEXT NOT NULL,
    "weights" TEXT,
    "fit" TEXT,
    "reviews" INTEGER NOT NULL DEFAULT 0,
    "fittedAt" TIMESTAMP(3) NOT NULL,
    "runningAt" TIMESTAMP(3),

    CONSTRAINT "FsrsParameters_pkey" PRIMARY KEY ("profileId")
);

-- CreateTable
CREATE TABLE "InterviewPlan" (
    "id" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "targetRetention" DOUBLE PRECISION NOT NULL DEFAULT 0.9,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InterviewPlan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InterviewPlan_profileId_idx" ON "InterviewPlan"("profileId");

-- AddForeignKey
ALTER TABLE "FsrsParameters" ADD CONSTRAINT "FsrsParameters_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewPlan" ADD CONSTRAINT "InterviewPlan_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

