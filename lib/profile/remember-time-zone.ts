import type { Db } from "../db/types";

/**
 * Keeps the zone the browser reported, so due dates are shown in the learner's local time. Given the zone already
 * stored (the caller read the profile), an unchanged one is not written again; the profile comes back as it now is.
 */
export async function rememberTimeZone<P extends { id: string; timeZone?: string }>(
  db: Db,
  profile: P,
  timeZone: string | undefined,
): Promise<P> {
  if (!timeZone || timeZone === profile.timeZone) return profile;
  await db.profile.update({ where: { id: profile.id }, data: { timeZone } });
  return { ...profile, timeZone };
}
