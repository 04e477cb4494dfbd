import { defaultSchema, type Schema } from "hast-util-sanitize";

/**
 * GitHub's sanitising rules, plus what our own transforms need before they run: math code classes for
 * our math renderer and the cloze spans. Raw HTML never gets this far: remark-rehype drops it and the check reports it.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: "",
  attributes: {
    ...defaultSchema.attributes,
    code: [["className", /^language-./, "math-inline", "math-display"]],
    span: [["className", "cloze", "cloze-blank", "cloze-answer"], "dataCloze"],
  },
};
