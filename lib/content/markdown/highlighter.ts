import { createHighlighterCoreSync, type HighlighterCore } from "shiki/core";
import { createJavaScriptRegexEngine } from "shiki/engine/javascript";
import bash from "shiki/langs/bash.mjs";
import cpp from "shiki/langs/cpp.mjs";
import javascript from "shiki/langs/javascript.mjs";
import json from "shiki/langs/json.mjs";
import python from "shiki/langs/python.mjs";
import sql from "shiki/langs/sql.mjs";
import typescript from "shiki/langs/typescript.mjs";
import yaml from "shiki/langs/yaml.mjs";
// GitHub's current palettes: the older github-light orange fails WCAG AA contrast (3.5:1) on white.
import githubDark from "shiki/themes/github-dark-default.mjs";
import githubLight from "shiki/themes/github-light-default.mjs";
import { memoize } from "./memo";

/** Languages whose code blocks get highlighted; anything else is shown as plain monospace text. */
const ALIASES: Record<string, string> = {
  py: "python",
  python: "python",
  python3: "python",
  js: "javascript",
  javascript: "javascript",
  ts: "typescript",
  typescript: "typescript",
  sh: "bash",
  bash: "bash",
  shell: "bash",
  json: "json",
  yaml: "yaml",
  yml: "yaml",
  sql: "sql",
  cpp: "cpp",
  "c++": "cpp",
};

let instance: HighlighterCore | undefined;

function highlighter(): HighlighterCore {
  // Created once and synchronously: the JS regex engine needs no WASM, so rendering stays a sync pipeline.
  instance ??= createHighlighterCoreSync({
    themes: [githubLight, githubDark],
    langs: [python, javascript, typescript, bash, json, yaml, sql, cpp],
    engine: createJavaScriptRegexEngine(),
  });
  return instance;
}

export function resolveLanguage(lang: string | undefined | null): string | undefined {
  return lang ? ALIASES[lang.toLowerCase()] : undefined;
}

/** Highlights code to HTML with light and dark colours as CSS variables (the colour scheme picks one). */
export const highlightToHtml = memoize(
  (code: string, lang: string, label: string) =>
    highlighter().codeToHtml(code, {
      lang,
      themes: { light: "github-light-default", dark: "github-dark-default" },
      defaultColor: false,
      transformers: [{ pre: (node) => void (node.properties.dataLanguage = label) }],
    }),
  (code, lang, label) => `${lang}\0${label}\0${code}`,
);
