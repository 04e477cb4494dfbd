"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link.client";
import { MISTAKES_WINDOW_DAYS } from "@/lib/review/mistakes";

const LINK = "text-amber-800 underline dark:text-amber-300";

/** "My mistakes" with nothing in it: said as good news, with what would have put a card there. */
export function MistakesEmpty() {
  const t = useTranslations("mistakes");
  const tr = useTranslations("review");
  return (
    <section
      aria-labelledby="mistakes-empty-title"
      className="space-y-3 rounded-xl border border-emerald-300 bg-emerald-50 p-6 dark:border-emerald-800 dark:bg-emerald-950"
    >
      <h2 id="mistakes-empty-title" className="text-xl font-semibold">
        {t("empty")}
      </h2>
      <p>{t("what", { days: MISTAKES_WINDOW_DAYS })}</p>
      <Link className={LINK} href="/review">
        {tr("reviewAll")}
      </Link>
    </section>
  );
}
