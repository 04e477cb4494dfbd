import { graderConfigOf, readEnv, type Env } from "../env";
import { openAIProvider } from "./openai-provider";
import type { Grader } from "./provider";

let cached: { env: Env; grader: Grader | null } | undefined;

/** The grader the environment configures, or null: without LLM_BASE_URL and LLM_MODEL nothing is ever sent. */
export function configuredGrader(env: Env = readEnv()): Grader | null {
  // readEnv hands out the same object until a variable changes, so the client is built once per configuration.
  if (cached?.env === env) return cached.grader;
  const config = graderConfigOf(env);
  const grader = config && { provider: openAIProvider(config), dailyLimit: config.dailyLimit };
  cached = { env, grader };
  return grader;
}

/**
 * Where answers go, for the settings page and for whether "Grade my answer" shows at all: the endpoint's host, the
 * model and the daily limit, or null when nothing is ever sent. The path and any key stay on the server.
 */
export function graderEndpoint(env: Env = readEnv()): { host: string; model: string; dailyLimit: number } | null {
  const config = graderConfigOf(env);
  return config && { host: new URL(config.baseURL).host, model: config.model, dailyLimit: config.dailyLimit };
}
