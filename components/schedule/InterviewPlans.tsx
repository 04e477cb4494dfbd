import { getFormatter, getTranslations } from "next-intl/server";
import { IntlScope } from "@/components/IntlScope";
import type { Lang } from "@/lib/content/schemas/common";
import type { ScopeOption } from "@/lib/data/schedule";
import type { PlanView } from "@/lib/scheduling/schedule-view";
import { PlanForm } from "./PlanForm.client";
import { RemovePlan } from "./RemovePlan.client";

type Props = { plans: PlanView[]; scopes: ScopeOption[]; dailyNewLimit: number; lang: Lang; today: string };

/** The dashboard's interview plans: each with what it needs and whether it fits, and the form for a new date. */
export async function InterviewPlans({ plans, scopes, dailyNewLimit, lang, today }: Props) {
  const [t, format] = await Promise.all([getTranslations("schedule.plan"), getFormatter()]);
  const scopeLabel = (value: string) => {
    const option = scopes.find((s) => s.value === value);
    const name = option?.name?.[lang] ?? option?.name?.en ?? value;
    if (!option || option.kind === "all") return t("scopeAll");
    if (option.kind === "tag") return t("scopeTag", { name });
    return option.kind === "topic" ? t("scopeTopic", { name }) : t("scopeQuiz", { name });
  };
  const percent = (x: number) => format.number(x, { style: "percent", maximumFractionDigits: 0 });
  return (
    <section
      aria-labelledby="plan-heading"
      className="space-y-4 rounded-xl border border-stone-200 p-4 dark:border-stone-800"
    >
      <h2 id="plan-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-stone-700 dark:text-stone-300">{t("intro")}</p>
      {plans.length === 0 && <p>{t("none")}</p>}
      {plans.map(({ id, date, scope, targetRetention, plan }) => (
        <article
          key={id}
          data-testid="interview-plan"
          className="space-y-2 border-t border-stone-200 pt-3 dark:border-stone-800"
        >
          <div className="flex items-start justify-between gap-3">
            <p className="font-medium">{t("summary", { date, scope: scopeLabel(scope), days: plan.daysLeft })}</p>
            <RemovePlan id={id} label={t("remove", { date })} />
          </div>
          {plan.past ? (
            <p>{t("past")}</p>
          ) : (
            <>
              <dl className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-4">
                <div>
                  <dt className="text-sm text-stone-700 dark:text-stone-300">{t("left")}</dt>
                  <dd data-testid="plan-left" className="text-xl font-semibold">
                    {plan.toIntroduce}
                  </dd>
                </div>
                <div>
                  <dt className="text-sm text-stone-700 dark:text-stone-300">{t("perDay")}</dt>
                  <dd data-testid="plan-per-day" className="text-xl font-semibold">
                    {plan.newPerDay}
                  </dd>
                </div>
                <div>
                  <dt className="text-sm text-stone-700 dark:text-stone-300">{t("expected")}</dt>
                  <dd data-testid="plan-retention" className="text-xl font-semibold">
                    {percent(plan.expectedRetention)}
                  </dd>
                </div>
                <div>
                  <dt className="text-sm text-stone-700 dark:text-stone-300">{t("finalPass")}</dt>
                  <dd className="text-xl font-semibold">
                    {t("finalPassValue", {
                      start: format.dateTime(plan.finalPass.start, { month: "short", day: "numeric" }),
                    })}
                  </dd>
                </div>
              </dl>
              <p
                role="status"
                data-testid="plan-verdict"
                className={plan.feasible ? "" : "font-medium text-rose-800 dark:text-rose-300"}
              >
                {plan.feasible
                  ? t("feasible", { limit: dailyNewLimit })
                  : t("infeasible", { needed: plan.newPerDay, limit: dailyNewLimit, coverage: plan.coverageAtLimit })}
                {plan.expectedRetention < targetRetention && ` ${t("belowTarget", { target: targetRetention })}`}
              </p>
            </>
          )}
        </article>
      ))}
      <IntlScope namespaces={["schedule"]}>
        <PlanForm today={today} scopes={scopes.map((s) => ({ value: s.value, label: scopeLabel(s.value) }))} />
      </IntlScope>
    </section>
  );
}
