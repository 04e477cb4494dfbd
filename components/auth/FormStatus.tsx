import type { ReactNode } from "react";

/** A form's success note, announced politely; empty (and hidden) until there is something to say. */
export function FormStatus({ children }: { children?: ReactNode }) {
  return (
    <div role="status" className="text-sm font-medium text-emerald-800 empty:hidden dark:text-emerald-300">
      {children}
    </div>
  );
}
