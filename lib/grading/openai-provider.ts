import OpenAI from "openai";
import type { GraderConfig } from "../env";
import { GraderFailedError } from "../errors";
import type { GraderProvider } from "./provider";

/** Local servers (Ollama, llama.cpp, vLLM without --api-key) check no key, but the client insists on one. */
const NO_KEY = "not-needed";

/** Seconds from Retry-After (seconds or an HTTP date) or retry-after-ms; 0 when the server did not say. */
export function retryAfterSeconds(headers: Headers | undefined, now = Date.now()): number {
  const ms = Number(headers?.get("retry-after-ms"));
  if (Number.isFinite(ms) && ms > 0) return Math.ceil(ms / 1000);
  const value = headers?.get("retry-after")?.trim();
  if (!value) return 0;
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? 0 : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Turns the client's errors into the grader's closed vocabulary; anything unexpected is rethrown as it is. */
export function graderFailureOf(error: unknown): unknown {
  if (error instanceof OpenAI.APIConnectionTimeoutError) return new GraderFailedError("timeout");
  if (error instanceof OpenAI.APIUserAbortError) return new GraderFailedError("timeout", "aborted");
  if (error instanceof OpenAI.APIConnectionError) return new GraderFailedError("unreachable", error.message);
  if (error instanceof OpenAI.RateLimitError) {
    return new GraderFailedError("rate-limited", "", { seconds: retryAfterSeconds(error.headers) });
  }
  if (error instanceof OpenAI.APIError)
    return new GraderFailedError("refused", `HTTP ${error.status}: ${error.message}`);
  return error;
}

/**
 * The grader over the OpenAI-compatible chat-completions protocol that Ollama, llama.cpp's server, vLLM and
 * hosted APIs share, through the maintained `openai` client. Temperature 0, so the same answer gets the same
 * verdicts; JSON mode (`response_format: json_object`, accepted by all four); no automatic retries, because a
 * retry costs the learner time and the endpoint money, so it is the learner's choice.
 */
export function openAIProvider(
  config: Pick<GraderConfig, "baseURL" | "model" | "apiKey" | "timeoutMs">,
): GraderProvider {
  const client = new OpenAI({
    baseURL: config.baseURL,
    apiKey: config.apiKey ?? NO_KEY,
    timeout: config.timeoutMs,
    maxRetries: 0,
  });
  return {
    model: config.model,
    async complete(messages, { signal }) {
      let completion;
      try {
        completion = await client.chat.completions.create(
          { model: config.model, messages, temperature: 0, response_format: { type: "json_object" } },
          { signal },
        );
      } catch (error) {
        throw graderFailureOf(error);
      }
      const content = completion.choices?.[0]?.message?.content;
      if (typeof content !== "string" || content.trim() === "")
        throw new GraderFailedError("malformed", "an empty reply");
      return content;
    },
  };
}
