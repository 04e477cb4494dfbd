import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Every string a user can see or hear comes from the message files, so the UI exists in both languages. The
 * components are parsed with the TypeScript compiler (not regexes) and two things are flagged: JSX text with a
 * letter or CJK character in it, and string literals given to attributes a user perceives.
 */
const ROOTS = ["app", "components"];
const USER_FACING = new Set([
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "aria-placeholder",
  "aria-valuetext",
  "title",
  "placeholder",
  "alt",
  "label",
]);
// Letters of any script (Latin, CJK, …); punctuation, digits and symbols alone are not language.
const WORDS = /\p{L}/u;

/**
 * Deliberate exceptions, each with its reason. Keyed by file (relative, forward slashes) → exact texts allowed.
 * - app/[locale]/error.tsx: the error fallback runs on the client without translations, so it says both languages.
 * - app/not-found.tsx: an address outside both languages has no translations to use, so it says both.
 * - components/LanguageSwitch.client.tsx: each language is named in itself (中文 / English), whatever the UI language.
 */
const ALLOWED: Record<string, string[]> = {
  "app/[locale]/error.tsx": ["Something went wrong · 出错了", "Try again · 重试", "Reference · 编号:"],
  "app/not-found.tsx": ["Page not found · 页面不存在", "Home · 首页"],
  "components/LanguageSwitch.client.tsx": ["中文", "English"],
};

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return tsxFiles(full);
    return e.name.endsWith(".tsx") ? [full] : [];
  });
}

type Offence = { file: string; line: number; text: string };

function hardCodedStrings(file: string, source: string): Offence[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Offence[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    found.push({ file, line: line + 1, text: text.trim() });
  };
  const literalText = (expr: ts.Expression | undefined): string | undefined => {
    if (!expr) return undefined;
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return expr.text;
    if (ts.isJsxExpression(expr)) return literalText(expr.expression);
    if (ts.isParenthesizedExpression(expr)) return literalText(expr.expression);
    if (ts.isConditionalExpression(expr)) return literalText(expr.whenTrue) ?? literalText(expr.whenFalse);
    if (ts.isTemplateExpression(expr))
      return [expr.head.text, ...expr.templateSpans.map((s) => s.literal.text)].join(" ");
    return undefined;
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const text = literalText(node.expression);
      if (text && WORDS.test(text)) report(node, text);
    }
    if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(sf);
      const text = literalText(node.initializer as ts.Expression | undefined);
      if (
        USER_FACING.has(name) ||
        /(Label|Title|Text|Placeholder)$/.test(name) ||
        ["title", "retry", "message"].includes(name)
      ) {
        if (text && WORDS.test(text)) report(node, text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe("hard-coded UI strings", () => {
  it("the scanner catches JSX text and user-facing attributes but not class names", () => {
    const sample = `export const A = () => <div className="p-2" aria-label="Close"><b>Hello</b>{"世界"}<i>{" · "}</i><img alt={x ? "yes" : "no"} />{t("ok")}</div>;`;
    expect(hardCodedStrings("sample.tsx", sample).map((o) => o.text)).toEqual(["Close", "Hello", "世界", "yes"]);
  });

  it("no component or page has UI text outside the message files", () => {
    const offences = ROOTS.flatMap(tsxFiles)
      .map((f) => f.split(path.sep).join("/"))
      .flatMap((f) => hardCodedStrings(f, readFileSync(f, "utf8")))
      .filter((o) => !ALLOWED[o.file]?.includes(o.text));
    expect(offences.map((o) => `${o.file}:${o.line} ${JSON.stringify(o.text)}`)).toEqual([]);
  });
});
