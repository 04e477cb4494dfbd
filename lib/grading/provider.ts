import type { ChatMessage } from "../coach/grader-prompt";

/**
 * What the grading service needs of a model: its name (stored with every grading) and one chat completion. An
 * implementation throws GraderFailedError for a timeout, a 429, an unreachable server or an error reply, so the
 * service never has to know which client or protocol is underneath.
 */
export type GraderProvider = {
  model: string;
  complete(messages: ChatMessage[], options: { signal?: AbortSignal }): Promise<string>;
};

/** A configured grader: the provider and how many gradings a learner gets per study day. */
export type Grader = { provider: GraderProvider; dailyLimit: number };
