import { useTranslations } from "next-intl";

type Props = { questionCount: number; random: boolean; timeLimitMinutes?: number; passPercent?: number };

/** Question count, time limit and pass mark, as one line of facts. */
export function QuizFacts({ questionCount, random, timeLimitMinutes, passPercent }: Props) {
  const t = useTranslations("quiz.facts");
  const facts = [
    random ? t("random", { count: questionCount }) : t("questions", { count: questionCount }),
    timeLimitMinutes ? t("timeLimit", { minutes: timeLimitMinutes }) : t("noTimeLimit"),
    passPercent !== undefined ? t("passMark", { percent: passPercent }) : t("noPassMark"),
  ];
  return <p className="text-sm text-stone-700 dark:text-stone-300">{facts.join(" · ")}</p>;
}
