"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState, useTransition } from "react";
import { reportQuestionProblem } from "@/lib/actions/report-question-problem";
import { newClientId } from "@/lib/client-id";
import {
  PROBLEM_REASONS,
  REPORT_TEXT_MAX_CHARS,
  REPORT_TEXT_MIN_CHARS,
  type ProblemReason,
} from "@/lib/study-tools/limits";
import { FieldError, FormAlert, inputClass } from "../ui/Field";
import { primaryButton, secondaryButton } from "../ui/styles";

type Errors = { reason?: string; text?: string; form?: string };

/**
 * "Report a problem with this question": a modal dialog (the browser's <dialog>: focus stays inside, Escape closes
 * it, focus returns to the button). One client id per report, so sending twice after a network error stores one.
 */
export function ReportProblemDialog({ questionId }: { questionId: string }) {
  const t = useTranslations("tools.report");
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const reportId = useRef(newClientId());
  const [reason, setReason] = useState<ProblemReason | "">("");
  const [text, setText] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [sent, setSent] = useState(false);
  const [pending, startTransition] = useTransition();

  const open = () => {
    if (sent) {
      reportId.current = newClientId();
      setReason("");
      setText("");
      setSent(false);
    }
    setErrors({});
    dialog.current?.showModal();
  };
  const close = () => dialog.current?.close();

  const submit = () => {
    const found: Errors = {};
    if (!reason) found.reason = t("reasonMissing");
    if (text.trim().length < REPORT_TEXT_MIN_CHARS) found.text = t("textShort", { min: REPORT_TEXT_MIN_CHARS });
    else if (text.trim().length > REPORT_TEXT_MAX_CHARS) found.text = t("textLong", { max: REPORT_TEXT_MAX_CHARS });
    setErrors(found);
    if (found.reason || found.text) {
      document.getElementById(found.reason ? `${id}-reason` : `${id}-text`)?.focus();
      return;
    }
    startTransition(async () => {
      const result = await reportQuestionProblem({
        id: reportId.current,
        questionId,
        reason: reason as ProblemReason,
        text,
      });
      if (!result.ok) {
        setErrors({ form: t("failed", { message: result.error.message }) });
        return;
      }
      setSent(true);
      requestAnimationFrame(() => document.getElementById(`${id}-done`)?.focus());
    });
  };

  return (
    <>
      <button ref={opener} type="button" onClick={open} className={`${secondaryButton} text-sm whitespace-nowrap`}>
        {t("open")}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        onClose={() => opener.current?.focus()}
        className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-lg border border-stone-300 bg-white p-0 text-stone-900 shadow-xl backdrop:bg-stone-950/50 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
      >
        <div className="space-y-4 p-5">
          <h2 id={`${id}-title`} className="text-lg font-semibold">
            {t("title")}
          </h2>
          {sent ? (
            <>
              <p id={`${id}-done`} tabIndex={-1} role="status" className="text-emerald-800 dark:text-emerald-300">
                {t("sent")}
              </p>
              <button type="button" onClick={close} className={primaryButton}>
                {t("close")}
              </button>
            </>
          ) : (
            <form
              noValidate
              className="space-y-4"
              onSubmit={(e) => {
                e.preventDefault();
                submit();
              }}
            >
              <p className="text-sm text-stone-700 dark:text-stone-300">{t("intro")}</p>
              <div className="space-y-1">
                <label htmlFor={`${id}-reason`} className="block font-medium">
                  {t("reason")}
                </label>
                <select
                  id={`${id}-reason`}
                  value={reason}
                  onChange={(e) => setReason(e.target.value as ProblemReason | "")}
                  aria-invalid={!!errors.reason}
                  aria-describedby={errors.reason ? `${id}-reason-error` : undefined}
                  className={inputClass}
                >
                  <option value="">{t("reasonPick")}</option>
                  {PROBLEM_REASONS.map((r) => (
                    <option key={r} value={r}>
                      {t(`reasons.${r}`)}
                    </option>
                  ))}
                </select>
                <FieldError id={`${id}-reason-error`} message={errors.reason} />
              </div>
              <div className="space-y-1">
                <label htmlFor={`${id}-text`} className="block font-medium">
                  {t("text")}
                </label>
                <p id={`${id}-text-help`} className="text-sm text-stone-600 dark:text-stone-400">
                  {t("textHelp", { min: REPORT_TEXT_MIN_CHARS })}
                </p>
                <textarea
                  id={`${id}-text`}
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                  rows={5}
                  maxLength={REPORT_TEXT_MAX_CHARS}
                  aria-invalid={!!errors.text}
                  aria-describedby={`${id}-text-help${errors.text ? ` ${id}-text-error` : ""}`}
                  className={`${inputClass} max-w-none`}
                />
                <FieldError id={`${id}-text-error`} message={errors.text} />
              </div>
              <FormAlert message={errors.form} />
              <div className="flex flex-wrap gap-2">
                <button type="submit" disabled={pending} className={primaryButton}>
                  {pending ? t("sending") : t("send")}
                </button>
                <button type="button" onClick={close} className={secondaryButton}>
                  {t("cancel")}
                </button>
              </div>
            </form>
          )}
        </div>
      </dialog>
    </>
  );
}
