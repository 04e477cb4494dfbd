import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import type { Lang } from "../../content/schemas/common";

/** `post.zh.md` → zh, `post.en.md` → en; anything else is left to detectLang. */
export function langFromFileName(file: string): Lang | undefined {
  const m = /\.(zh|en)\.(?:md|markdown)$/i.exec(file);
  return m ? (m[1]!.toLowerCase() as Lang) : undefined;
}

/**
 * Chinese when the prose has at least as many Han characters as Latin words. Code and formulas are not prose
 * (they are Latin either way), and Chinese posts are full of English terms, hence characters against words:
 * a Chinese sentence has a dozen or more characters for each English term in it.
 */
export function detectLang(tree: Root): Lang {
  let han = 0;
  let latin = 0;
  visit(tree, "text", (node) => {
    han += node.value.match(/\p{Script=Han}/gu)?.length ?? 0;
    latin += node.value.match(/[A-Za-z]+/g)?.length ?? 0;
  });
  return han > 0 && han >= latin ? "zh" : "en";
}
