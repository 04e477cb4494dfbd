import type { Db } from "../db/types";

/** Keeps the zone the browser reported, so due dates are shown in the learner's local time. */
export async function rememberTimeZone(db: Db, profileId: string, timeZone: string | undefined): Promise<void> {
  if (timeZone) await db.profile.update({ where: { id: profileId }, data: { timeZone } });
}
