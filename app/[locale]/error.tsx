"use client";

import { ErrorPanel } from "@/components/ui/ErrorPanel.client";

// Client-side fallback: it cannot load translations from the server, so it shows both languages.
export default function RootError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ErrorPanel
      {...props}
      title="Something went wrong · 出错了"
      retry="Try again · 重试"
      reference="Reference · 编号:"
    />
  );
}
