import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

/**
 * A learner's note is untrusted Markdown. Raw HTML is dropped when Markdown becomes HTML (remark-rehype without
 * allowDangerousHtml), and what remains passes GitHub's sanitising schema, so `javascript:` links, event handlers
 * and ids that could clash with the page are gone before the note is shown.
 */
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);

/** The note as safe HTML; "" for an empty note. */
export function renderNote(markdown: string): string {
  if (markdown.trim() === "") return "";
  return String(processor.processSync(markdown));
}
