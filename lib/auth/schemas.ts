import { z } from "zod";
import { safeNextPath } from "./next-path";
import { isWeakPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-policy";

// Messages are keys under auth.errors: the form shows them in the UI language next to the field.
const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "emailRequired")
  .max(254, "emailInvalid")
  .pipe(z.email("emailInvalid"));

/**
 * Where to go after signing in or up: only a path on this site (lib/auth/next-path.ts), so a link cannot send
 * someone elsewhere. Any value, even a repeated query parameter (a list), parses: an unsafe one means the home page.
 */
export const NextPathSchema = z.unknown().optional().transform(safeNextPath);

export const SignUpSchema = z
  .object({
    name: z.string().trim().min(1, "nameRequired").max(80, "nameTooLong"),
    email,
    password: z.string().min(PASSWORD_MIN_LENGTH, "passwordTooShort").max(PASSWORD_MAX_LENGTH, "passwordTooLong"),
    next: NextPathSchema,
  })
  // Judged with the account's own name and email as words an attacker would try (NIST SP 800-63B).
  .superRefine(({ name, email, password }, ctx) => {
    if (password.length >= PASSWORD_MIN_LENGTH && isWeakPassword(password, { name, email }))
      ctx.addIssue({ code: "custom", path: ["password"], message: "passwordWeak" });
  });
export type SignUpInput = z.infer<typeof SignUpSchema>;

export const SignInSchema = z.object({
  email,
  password: z.string().min(1, "passwordRequired").max(PASSWORD_MAX_LENGTH, "passwordTooLong"),
  next: NextPathSchema,
});
export type SignInInput = z.infer<typeof SignInSchema>;

/** "Sign out", or with `everywhere` every browser the account is signed in on. */
export const SignOutSchema = z.object({ everywhere: z.boolean().default(false) });
