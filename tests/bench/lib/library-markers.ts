import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type LibraryName = "katex" | "mermaid" | "shiki";

type Library = { name: LibraryName; markers: string[]; files: string[] };

/**
 * Strings that survive minification (error messages, property and class names) and are found in the library's
 * own code, never in ours. A script body containing one of them carries that library.
 */
const LIBRARIES: Library[] = [
  {
    name: "katex",
    markers: ["KaTeX parse error", "KaTeX doesn't work in quirks mode"],
    files: ["node_modules/katex/dist/katex.mjs"],
  },
  {
    name: "mermaid",
    markers: ["No diagram type detected", "mermaidAPI", "Syntax error in text"],
    files: ["node_modules/mermaid/dist/mermaid.core.mjs", "node_modules/mermaid/dist/chunks/mermaid.core"],
  },
  {
    name: "shiki",
    markers: ["ShikiError", "createOnigScanner", "No grammar provided", "tokenizeLine2"],
    files: [
      "node_modules/@shikijs/types/dist/index.mjs",
      "node_modules/@shikijs/engine-oniguruma/dist/index.mjs",
      "node_modules/@shikijs/vscode-textmate/dist/index.js",
    ],
  },
];

const filesUnder = (p: string): string[] =>
  p.endsWith("js")
    ? [p]
    : readdirSync(p)
        .filter((f) => f.endsWith(".mjs"))
        .map((f) => path.join(p, f));

/**
 * Checks every marker against the real library files in node_modules, so an upgrade that rewords a message turns
 * into a failing benchmark instead of a silent "0 bytes of mermaid". Throws naming the stale marker.
 */
export function verifyMarkers(root = "."): void {
  for (const lib of LIBRARIES) {
    const text = lib.files
      .flatMap((f) => filesUnder(path.join(root, f)))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    for (const marker of lib.markers) {
      if (!text.includes(marker))
        throw new Error(
          `library marker "${marker}" is not in ${lib.name}'s code any more (${lib.files.join(", ")}): update tests/bench/lib/library-markers.ts`,
        );
    }
  }
}

/** The libraries whose code this script body contains. */
export function librariesIn(body: string): LibraryName[] {
  return LIBRARIES.filter((lib) => lib.markers.some((m) => body.includes(m))).map((lib) => lib.name);
}
