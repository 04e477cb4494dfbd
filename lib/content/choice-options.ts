import type { List, ListItem, RootContent } from "mdast";

export type RawOption = { item: ListItem; correct: boolean; body: RootContent[]; reason: RootContent[] };

/** The first top-level GFM task list in the prompt: the options of a choice question. */
export function findOptionList(prompt: RootContent[]): List | undefined {
  return prompt.find(
    (n): n is List => n.type === "list" && n.children.some((item) => typeof item.checked === "boolean"),
  );
}

export function readOptions(list: List): RawOption[] {
  return list.children.map((item) => ({
    item,
    correct: item.checked === true,
    body: item.children.filter((c) => c.type !== "blockquote"),
    reason: item.children.filter((c) => c.type === "blockquote").flatMap((b) => (b.type === "blockquote" ? b.children : [])),
  }));
}
