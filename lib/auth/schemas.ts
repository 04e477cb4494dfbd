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

/** "Forgot password?": the address to send a reset link to (the answer is the same whether an account uses it). */
export const RequestPasswordResetSchema = z.object({ email });
export type RequestPasswordResetInput = z.infer<typeof RequestPasswordResetSchema>;

// better-auth's reset tokens are 24 characters; anything far longer is not one of ours.
const linkToken = z.string().min(1, "linkInvalid").max(2000, "linkInvalid");

const newPassword = z.string().min(PASSWORD_MIN_LENGTH, "passwordTooShort").max(PASSWORD_MAX_LENGTH, "passwordTooLong");

/** The reset page: the token from the emailed link and the new password (judged against the account's words too). */
export const ResetPasswordSchema = z.object({ token: linkToken, password: newPassword });
export type ResetPasswordInput = z.infer<typeof ResetPasswordSchema>;

/** /account: the current password proves it is the owner at the keyboard, not someone at an unlocked computer. */
export const ChangePasswordSchema = z.object({
  currentPassword: z.string().min(1, "currentPasswordRequired").max(PASSWORD_MAX_LENGTH, "passwordTooLong"),
  newPassword,
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordSchema>;

/** /account: the new address, which must be confirmed from its own inbox before it replaces the old one. */
export const ChangeEmailSchema = z.object({ email });
export type ChangeEmailInput = z.infer<typeof ChangeEmailSchema>;

/** The confirmation page of an email change: the token from the link sent to the new address. */
export const ConfirmEmailSchema = z.object({ token: linkToken });
