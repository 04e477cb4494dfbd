import "server-only";
import { cookies } from "next/headers";

const ONE_YEAR_S = 60 * 60 * 24 * 365;

/**
 * Keeps a display preference (language, theme, content language) for a year. Readable by scripts on purpose: the
 * page's own code reads these to avoid a flash before hydration; none of them is a secret.
 */
export async function rememberPreference(name: string, value: string): Promise<void> {
  (await cookies()).set(name, value, { maxAge: ONE_YEAR_S, sameSite: "lax", httpOnly: false, path: "/" });
}
