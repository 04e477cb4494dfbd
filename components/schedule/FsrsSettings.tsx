import { getFormatter, getTranslations } from "next-intl/server";
import { IntlScope } from "@/components/IntlScope";
import type { FsrsStatus } from "@/lib/data/schedule";
import { FsrsButtons } from "./FsrsButtons.client";
import { WhatIf } from "./WhatIf.client";

/** Settings: the learner's FSRS parameters (in use or not, last fit's figures, optimise and revert) and "what if". */
export async function FsrsSettings({ status, dailyNewLimit }: { status: FsrsStatus; dailyNewLimit: number }) {
  const [t, tw, format] = await Promise.all([
    getTranslations("schedule.fsrs"),
    getTranslations("schedule.whatIf"),
    getFormatter(),
  ]);
  const { fit } = status;
  const n = (x: number) => format.number(x, { maximumFractionDigits: 4, minimumFractionDigits: 4 });
  return (
    <>
      <section
        aria-labelledby="fsrs-heading"
        className="space-y-3 border-t border-stone-200 pt-6 dark:border-stone-800"
      >
        <h2 id="fsrs-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="text-stone-700 dark:text-stone-300">{t("intro", { min: status.minimum })}</p>
        <p data-testid="fsrs-status" className="font-medium">
          {status.running ? t("running") : status.personal ? t("personal") : t("defaults")}
        </p>
        {fit && "error" in fit && <p>{t("failed")}</p>}
        {fit && "before" in fit && (
          <>
            <table className="text-left">
              <caption className="text-left">{t("lastFit", { reviews: fit.reviews })}</caption>
              <thead>
                <tr>
                  <th className="pr-6">{t("metric")}</th>
                  <th className="pr-6">{t("before")}</th>
                  <th>{t("after")}</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th className="pr-6 font-normal">{t("logLoss")}</th>
                  <td className="pr-6">{n(fit.before.logLoss)}</td>
                  <td data-testid="fit-logloss-after">{n(fit.after.logLoss)}</td>
                </tr>
                <tr>
                  <th className="pr-6 font-normal">{t("rmse")}</th>
                  <td className="pr-6">{n(fit.before.rmse)}</td>
                  <td>{n(fit.after.rmse)}</td>
                </tr>
              </tbody>
            </table>
            {!fit.kept && <p>{t("notKept")}</p>}
          </>
        )}
        <IntlScope namespaces={["schedule"]}>
          <FsrsButtons personal={status.personal} enough={status.enough} min={status.minimum} />
        </IntlScope>
      </section>
      <section
        aria-labelledby="what-if-heading"
        className="space-y-3 border-t border-stone-200 pt-6 dark:border-stone-800"
      >
        <h2 id="what-if-heading" className="text-lg font-semibold">
          {tw("heading")}
        </h2>
        <IntlScope namespaces={["schedule"]}>
          <WhatIf initial={dailyNewLimit} />
        </IntlScope>
      </section>
    </>
  );
}
