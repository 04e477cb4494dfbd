import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * zxcvbn's score 3 means "safely unguessable: moderate protection from an offline slow-hash attack" (about 10⁸
 * guesses). Below it are the passwords NIST SP 800-63B says to refuse: common or breached ones, repetitive or
 * sequential characters (ten spaces, "aaaaaaaaaa", "0000000000") and context-specific words such as the user's own
 * name or email. Length alone never passes a password; no composition rules are imposed.
 */
export const PASSWORD_MIN_SCORE = 3;

// Built on first use (its dictionaries are ~1 MB): only sign-up needs it, and only on the server.
let estimator: ZxcvbnFactory | undefined;

/** The account's own words, which an attacker who targets it would try first. */
function contextWords(context: { name?: string; email?: string }): string[] {
  const names = context.name?.split(/\s+/) ?? [];
  // The whole name, its parts, and the name run together: zxcvbn matches each word, not its pieces.
  const words = [context.name, ...names, names.join(""), context.email, context.email?.split("@")[0]];
  return words.filter((w): w is string => !!w && w.trim().length > 0);
}

/** True when `password` is too easy to guess, given the name and email it would protect. */
export function isWeakPassword(password: string, context: { name?: string; email?: string } = {}): boolean {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return estimator.check(password, contextWords(context)).score < PASSWORD_MIN_SCORE;
}
