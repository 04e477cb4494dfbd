import type { Locator } from "@playwright/test";

/**
 * The radio or checkbox of a choice option, found by the option's text. Options are shuffled per attempt, so a
 * journey cannot pick them by position. The label reads "B. <option>"; a formula in it is compared by its TeX
 * source (KaTeX keeps it in an annotation), which is what the content's plain text of the option holds.
 */
export async function choiceOption(section: Locator, role: "radio" | "checkbox", text: string): Promise<Locator> {
  const labels = section.locator("label").filter({ has: section.page().getByRole(role) });
  const texts = await labels.evaluateAll((nodes) =>
    nodes.map((node) => {
      const copy = node.cloneNode(true) as HTMLElement;
      for (const math of copy.querySelectorAll(".katex"))
        math.replaceWith(math.querySelector("annotation")?.textContent ?? "");
      return copy.textContent ?? "";
    }),
  );
  const squash = (s: string) => s.replace(/\s+/g, "");
  const wanted = squash(text);
  const matches = texts.flatMap((t, i) => (squash(t).replace(/^[A-Z]\./, "") === wanted ? [i] : []));
  if (matches.length !== 1)
    throw new Error(
      `expected one ${role} option reading "${text}", found ${matches.length} among ${JSON.stringify(texts)}`,
    );
  return labels.nth(matches[0]!).getByRole(role);
}
