import { z } from "zod";
import { BilingualTextSchema, KebabIdSchema } from "./common";

export const TopicSchema = z.strictObject({
  id: KebabIdSchema,
  order: z.number().int(),
  name: BilingualTextSchema,
  description: BilingualTextSchema,
  /** Facts here age quickly (regulation, funding, the state of the art): questions need a recent lastVerified. */
  volatile: z.boolean().default(false),
});
export type Topic = z.infer<typeof TopicSchema>;

export const TopicListSchema = z.array(TopicSchema).min(1, "at least one topic is required");
