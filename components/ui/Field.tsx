import type { InputHTMLAttributes, ReactNode } from "react";

export const inputClass =
  "w-full max-w-md rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900";

type Props = InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: string;
  help?: ReactNode;
  error?: string;
  children?: ReactNode;
};

/** A labelled input with its help and its error tied to it (aria-describedby), so a screen reader hears both. */
export function Field({ id, label, help, error, children, ...input }: Props) {
  const describedBy = [help && `${id}-help`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {help && (
        <p id={`${id}-help`} className="text-sm text-stone-600 dark:text-stone-400">
          {help}
        </p>
      )}
      {children ?? (
        <input id={id} aria-invalid={!!error} aria-describedby={describedBy} className={inputClass} {...input} />
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="text-sm text-rose-700 dark:text-rose-400">
      {message}
    </p>
  ) : null;
}

export function FormAlert({ message }: { message?: string }) {
  return (
    <p role="alert" className="text-sm font-medium text-rose-700 empty:hidden dark:text-rose-400">
      {message}
    </p>
  );
}
