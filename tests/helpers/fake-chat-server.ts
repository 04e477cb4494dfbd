import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type ChatRequest = {
  model: string;
  messages: { role: string; content: string }[];
  temperature?: number;
  response_format?: { type: string };
  [key: string]: unknown;
};

/** What the fake model does with one request: a reply text, or a whole HTTP answer (status, headers, body). */
export type FakeBehaviour = (
  request: ChatRequest,
) =>
  | string
  | { status: number; headers?: Record<string, string>; body: string; delayMs?: number }
  | { content: string; delayMs: number };

/**
 * A local server that speaks the chat-completions protocol (POST /v1/chat/completions), on an ephemeral port, so
 * tests run the real `openai` client over real HTTP. It records every request it received.
 */
export async function startFakeChatServer() {
  const requests: ChatRequest[] = [];
  let behaviour: FakeBehaviour = () => '{"verdicts":[]}';
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== "POST" || req.url !== "/v1/chat/completions") {
      res.writeHead(404).end();
      return;
    }
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as ChatRequest;
    requests.push(body);
    const outcome = behaviour(body);
    const answer =
      typeof outcome === "string"
        ? { status: 200, content: outcome, delayMs: 0 }
        : "content" in outcome
          ? { status: 200, ...outcome }
          : outcome;
    if (answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs));
    if (res.destroyed) return;
    if ("content" in answer) {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          id: "chatcmpl-test",
          object: "chat.completion",
          created: 0,
          model: body.model,
          choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content: answer.content } }],
        }),
      );
    } else {
      res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
      res.end(answer.body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    behave(next: FakeBehaviour) {
      behaviour = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
