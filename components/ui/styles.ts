// Shared class lists, so the quiz's buttons look alike on server and client components.
export const primaryButton =
  "rounded-md bg-amber-500 px-4 py-2 font-medium text-stone-950 shadow-sm hover:bg-amber-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600 disabled:opacity-60";
export const secondaryButton =
  "rounded-md border border-stone-300 px-4 py-2 font-medium hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600 disabled:opacity-50 dark:border-stone-700 dark:hover:bg-stone-800";
export const link = "text-amber-800 underline dark:text-amber-300";
export const dangerButton =
  "rounded-md border border-rose-700 px-4 py-2 font-medium text-rose-800 hover:bg-rose-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-rose-600 disabled:opacity-60 dark:border-rose-400 dark:text-rose-200 dark:hover:bg-rose-950";
