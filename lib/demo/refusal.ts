/**
 * Why the demo seed must not run here, or undefined when it may. Decided from the raw environment, before
 * readEnv (which would fail first on a deployment without secrets and never say the real reason): demo
 * accounts with a published password have no place on a real site.
 */
export function demoSeedRefusal(env: Record<string, string | undefined>): string | undefined {
  if (env.NODE_ENV === "production")
    return "refused: NODE_ENV=production. The demo seed creates accounts with a published password; run it only on a local or test database.";
  if (env.GOLDMINE_MODE === "production")
    return "refused: GOLDMINE_MODE=production. The demo seed creates accounts with a published password; run it only on a local or test database.";
  return undefined;
}
