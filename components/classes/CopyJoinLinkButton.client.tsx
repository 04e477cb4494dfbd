"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { secondaryButton } from "@/components/ui/styles";

/** How long "copied" stays on screen: long enough to read, then the button is ready to say it again. */
const CONFIRMATION_MS = 4000;

/** Copies the class's join link to the clipboard and says so (or says to copy it by hand when the browser refuses). */
export function CopyJoinLinkButton({ joinLink }: { joinLink: string }) {
  const t = useTranslations("classes.detail");
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (state !== "copied") return;
    const timer = window.setTimeout(() => setState("idle"), CONFIRMATION_MS);
    return () => window.clearTimeout(timer);
  }, [state]);
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        className={secondaryButton}
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(joinLink);
            setState("copied");
          } catch {
            setState("failed");
          }
        }}
      >
        {t("copyJoinLink")}
      </button>
      <p role="status" className="text-sm font-medium">
        {state === "copied" ? `✓ ${t("copied")}` : state === "failed" ? t("copyFailed") : ""}
      </p>
    </div>
  );
}
