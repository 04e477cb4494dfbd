import "server-only";
import { readEnv } from "../env";

/** Where the Contact page sends people: the operator's address and the project's repository, each if configured. */
export function siteContact(): { email?: string; repository?: string } {
  const env = readEnv();
  return { email: env.CONTACT_EMAIL, repository: env.SOURCE_URL };
}
