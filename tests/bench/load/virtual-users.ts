import type { ContentSnapshot } from "../../../lib/content/schemas/snapshot";
import { cardKeysOf, type CardKey } from "../../../lib/review/card-keys";
import { snapshot as builtSnapshot } from "../../e2e/content-lookup";
import { cookieHeader, signUpOverHttp } from "./action-client";
import { downloadState, postSync, randomOf, reviewEvent } from "./sync-client";

export { randomOf };

export type VirtualUser = {
  name: string;
  baseUrl: string;
  cookie: string;
  signedIn: boolean;
  /** From the state download: the envelope of every sync names it. */
  profileId: string;
  /** The device's clock for its next rating: strictly increasing, as one person rates one card after another. */
  lastRatedAt: number;
};

/** Every live card in the built content: what the virtual users rate. */
export function liveCardKeys(snapshot: ContentSnapshot = builtSnapshot()): CardKey[] {
  const keys = snapshot.questions.filter((q) => !q.draft && !q.retired).flatMap(cardKeysOf);
  if (keys.length === 0) throw new Error("the built content has no live questions to review");
  return keys;
}

/** The next rating time of a user's device: now, or a millisecond after its last one. */
export function nextRatingTime(user: VirtualUser): Date {
  user.lastRatedAt = Math.max(Date.now(), user.lastRatedAt + 1);
  return new Date(user.lastRatedAt);
}

/**
 * N users, spread over the instances: every other one signs up (a session cookie), the rest stay anonymous and
 * get their profile cookie from their first sync, as in the browser. Each then downloads its state once.
 */
export async function createVirtualUsers(
  baseUrls: string[],
  count: number,
  ids: Map<string, string>,
  cards: CardKey[],
  tag = Date.now().toString(36),
): Promise<VirtualUser[]> {
  const signUp = ids.get("signUp")!;
  const make = async (i: number): Promise<VirtualUser> => {
    const baseUrl = baseUrls[i % baseUrls.length]!;
    const name = `load-${tag}-${i}`;
    let cookie: string;
    if (i % 2 === 1) {
      cookie = await signUpOverHttp(baseUrl, signUp, {
        name,
        email: `${name}@bench.goldmine.local`,
        password: `bench password ${tag} ${i}!`,
      });
    } else {
      const first = await postSync(baseUrl, { profileId: null, events: [reviewEvent(randomOf(cards), new Date())] });
      if (first.status !== 200) throw new Error(`the first sync of ${name} failed: ${first.text.slice(0, 300)}`);
      cookie = cookieHeader(first.setCookies);
    }
    const state = await downloadState(baseUrl, cookie);
    if (!state.profileId) throw new Error(`${name} has no profile after its first write`);
    return { name, baseUrl, cookie, signedIn: i % 2 === 1, profileId: state.profileId, lastRatedAt: Date.now() };
  };
  const users: VirtualUser[] = [];
  // A few at a time: sign-up hashes a password (scrypt), which is deliberately slow.
  for (let i = 0; i < count; i += 5)
    users.push(...(await Promise.all(Array.from({ length: Math.min(5, count - i) }, (_, j) => make(i + j)))));
  return users;
}
