import { z } from "zod";

export const RoleSchema = z.enum(["candidate", "instructor", "admin"]);
export type Role = z.infer<typeof RoleSchema>;

/** Admins can do everything instructors can (they run classes too). */
export const canTeach = (role: Role): boolean => role === "instructor" || role === "admin";
