import { z } from "zod";
import { RoleSchema } from "./roles";

/** The signed-in person a request acts for: their account, role, and the profile that holds their progress. */
export const ViewerSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: RoleSchema,
  profileId: z.string(),
});
export type Viewer = z.infer<typeof ViewerSchema>;
