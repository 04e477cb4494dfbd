import "server-only";
import { cookies } from "next/headers";
import { auth } from "./server";

/** Clears this browser's session cookie by name, for when its session row is already gone (a deleted account). */
export async function dropSessionCookie(): Promise<void> {
  (await cookies()).delete((await auth.$context).authCookies.sessionToken.name);
}
