-- DropIndex
DROP INDEX "Review_profileId_reviewedAt_idx";

-- CreateIndex
CREATE INDEX "Review_profileId_reviewedAt_state_scheduledDays_rating_ques_idx" ON "Review"("profileId", "reviewedAt", "state", "scheduledDays", "rating", "questionId", "id");

