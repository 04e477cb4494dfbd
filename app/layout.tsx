import type { ReactNode } from "react";

/**
 * Every page lives under app/[locale], whose layout renders <html> in the address's language; this one only
 * exists because Next needs a root layout above the global not-found page.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
