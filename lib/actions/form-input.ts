/**
 * The named fields of a submitted form as a plain object for the action's schema: a missing field is undefined (so
 * a schema default applies), a present one its text. Files are not accepted by any form of this app.
 */
export function formInput<K extends string>(form: FormData, fields: readonly K[]): Record<K, string | undefined> {
  const entries = fields.map((name) => {
    const value = form.get(name);
    return [name, typeof value === "string" ? value : undefined] as const;
  });
  return Object.fromEntries(entries) as Record<K, string | undefined>;
}
