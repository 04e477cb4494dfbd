"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { optimiseFsrsParameters } from "@/lib/actions/optimise-fsrs-parameters";
import { revertFsrsParameters } from "@/lib/actions/revert-fsrs-parameters";

const button =
  "rounded-md border border-stone-400 px-4 py-2 font-medium hover:bg-stone-100 disabled:opacity-60 dark:border-stone-600 dark:hover:bg-stone-800";

/** Optimise now (a background run: the page says so and shows the result on a later visit), or back to the defaults. */
export function FsrsButtons({ personal, enough, min }: { personal: boolean; enough: boolean; min: number }) {
  const t = useTranslations("schedule.fsrs");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string>();
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          className={button}
          disabled={pending}
          onClick={() =>
            start(async () => {
              if (!enough) return setMessage(t("tooFew", { min }));
              const result = await optimiseFsrsParameters({});
              setMessage(result.ok ? t("started") : result.error.message);
            })
          }
        >
          {t("optimise")}
        </button>
        {personal && (
          <button
            type="button"
            className={button}
            disabled={pending}
            onClick={() =>
              start(async () => {
                const result = await revertFsrsParameters({});
                setMessage(result.ok ? t("reverted") : result.error.message);
                router.refresh();
              })
            }
          >
            {t("revert")}
          </button>
        )}
      </div>
      <p role="status" className="min-h-6 text-sm">
        {message}
      </p>
    </div>
  );
}
