import type { InputHTMLAttributes } from "react";

/** A labelled input with optional help and an error tied to it by aria-describedby, so screen readers read both. */
export function TextField({ name, label, help, error, ...input }: { name: string; label: string; help?: string; error?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const describedBy = [help && `${name}-help`, error && `${name}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block font-medium">
        {label}
      </label>
      <input
        id={name}
        name={name}
        aria-invalid={!!error}
        aria-describedby={describedBy}
        className="w-full max-w-sm rounded-md border border-stone-400 bg-white px-3 py-2 aria-invalid:border-rose-600 dark:border-stone-600 dark:bg-stone-900"
        {...input}
      />
      {help && <p id={`${name}-help`} className="text-sm text-stone-700 dark:text-stone-300">{help}</p>}
      {error && <p id={`${name}-error`} className="text-sm font-medium text-rose-800 dark:text-rose-300">{error}</p>}
    </div>
  );
}

export const primaryButton =
  "rounded-md bg-amber-500 px-4 py-2 font-medium text-stone-950 hover:bg-amber-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600 disabled:opacity-60";
