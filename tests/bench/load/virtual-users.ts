import type { ContentSnapshot } from "../../../lib/content/schemas/snapshot";
import { cardKeysOf, type CardKey } from "../../../lib/review/card-keys";
import { snapshot as builtSnapshot } from "../../e2e/content-lookup";
import { callAction, cookieHeader, signUpOverHttp } from "./action-client";

export type VirtualUser = { name: string; baseUrl: string; cookie: string; signedIn: boolean };

/** Every live card in the built content: what the virtual users rate. */
export function liveCardKeys(snapshot: ContentSnapshot = builtSnapshot()): CardKey[] {
  const keys = snapshot.questions.filter((q) => !q.draft && !q.retired).flatMap(cardKeysOf);
  if (keys.length === 0) throw new Error("the built content has no live questions to review");
  return keys;
}

export const randomOf = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

/** The body of one "rate the card on screen" call, with a fresh review id as the browser makes one. */
export const rateCardArgs = (card: CardKey, reviewId = crypto.randomUUID()) => [
  { reviewId, ...card, rating: randomOf([1, 2, 3, 3, 3, 4] as const), scope: {} },
];

/**
 * N users, spread over the instances: every other one signs up (a session cookie), the rest stay anonymous and
 * get their profile cookie from their first rating, as in the browser.
 */
export async function createVirtualUsers(
  baseUrls: string[],
  count: number,
  ids: Map<string, string>,
  cards: CardKey[],
  tag = Date.now().toString(36),
): Promise<VirtualUser[]> {
  const rateCard = ids.get("rateCard")!;
  const signUp = ids.get("signUp")!;
  const make = async (i: number): Promise<VirtualUser> => {
    const baseUrl = baseUrls[i % baseUrls.length]!;
    const name = `load-${tag}-${i}`;
    if (i % 2 === 1) {
      const cookie = await signUpOverHttp(baseUrl, signUp, {
        name,
        email: `${name}@bench.goldmine.local`,
        password: `bench password ${tag} ${i}!`,
      });
      return { name, baseUrl, cookie, signedIn: true };
    }
    const first = await callAction(baseUrl, rateCard, rateCardArgs(randomOf(cards)), undefined, "/en/review");
    if (!first.ok)
      throw new Error(`the first rating of ${name} failed: ${JSON.stringify(first.result)?.slice(0, 300)}`);
    return { name, baseUrl, cookie: cookieHeader(first.setCookies), signedIn: false };
  };
  const users: VirtualUser[] = [];
  // A few at a time: sign-up hashes a password (scrypt), which is deliberately slow.
  for (let i = 0; i < count; i += 5)
    users.push(...(await Promise.all(Array.from({ length: Math.min(5, count - i) }, (_, j) => make(i + j)))));
  return users;
}
