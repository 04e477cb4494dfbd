type MermaidApi = { parse(text: string): Promise<unknown>; initialize(config: object): void };

let api: Promise<MermaidApi> | undefined;

async function loadMermaid(): Promise<MermaidApi> {
  // mermaid's parser expects a DOM (for DOMPurify); a bare jsdom window is enough to validate syntax in Node.
  const { JSDOM } = await import("jsdom");
  const g = globalThis as unknown as Record<string, unknown>;
  if (!g.window) {
    const dom = new JSDOM("<!doctype html><html><body></body></html>");
    g.window = dom.window;
    g.document = dom.window.document;
  }
  const mermaid = (await import("mermaid")).default as unknown as MermaidApi;
  mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
  return mermaid;
}

export type MermaidProblem = { line: number; message: string };

/** Checks a diagram's syntax; `line` is 1-based within the diagram source. */
export async function checkMermaid(source: string): Promise<MermaidProblem | undefined> {
  api ??= loadMermaid();
  const mermaid = await api;
  try {
    await mermaid.parse(source);
    return undefined;
  } catch (err) {
    const e = err as { message?: string; hash?: { loc?: { first_line?: number }; line?: number } };
    // jison's message is "Parse error on line N:\n<excerpt>\n----^\nExpecting …": keep the last, useful part.
    const parts = (e.message ?? String(err)).split("\n").map((l) => l.trim()).filter(Boolean);
    const message = (parts.find((l) => /^(Expecting|Lexical error|Unrecognized)/.test(l)) ?? parts[0] ?? "invalid diagram").slice(0, 200);
    const line = e.hash?.loc?.first_line ?? (typeof e.hash?.line === "number" ? e.hash.line + 1 : undefined);
    const fromMessage = /on line (\d+)/.exec(parts[0] ?? "")?.[1];
    return { line: line ?? (fromMessage ? Number(fromMessage) : 1), message };
  }
}
