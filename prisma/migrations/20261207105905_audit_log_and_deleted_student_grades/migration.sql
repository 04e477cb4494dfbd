-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "actorId" TEXT,
    "targetId" TEXT,
    "details" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "DeletedStudentGrade" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assignmentId" TEXT NOT NULL,
    "submittedAt" DATETIME NOT NULL,
    "scorePercent" REAL NOT NULL,
    "timeTakenMs" INTEGER NOT NULL,
    "late" BOOLEAN NOT NULL,
    "attempts" INTEGER NOT NULL,
    "questionScores" TEXT NOT NULL,
    "deletedAt" DATETIME NOT NULL,
    CONSTRAINT "DeletedStudentGrade_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_kind_createdAt_idx" ON "AuditEvent"("kind", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "DeletedStudentGrade_assignmentId_idx" ON "DeletedStudentGrade"("assignmentId");

