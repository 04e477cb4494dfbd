/** Error lines of the instructor's grade forms: darker than the site's default, as they sit on a tinted panel. */
export const gradeErrorText = "text-sm font-medium text-rose-800 dark:text-rose-300";
export const gradeFieldClass =
  "w-full rounded-md border border-stone-400 bg-white px-3 py-2 aria-invalid:border-rose-600 dark:border-stone-600 dark:bg-stone-900";

type Props = {
  /** The form's id maker: the field's ids are `id("comment")`, `id("comment-help")` and `id("comment-error")`. */
  id: (name: string) => string;
  label: string;
  help: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  rows: number;
  /** Extra classes for the box, e.g. a width limit where the form sits beside the answer. */
  className?: string;
};

/** The comment to the student, with its help and error tied to it: the same in the queue and on an answer. */
export function GradeCommentField({ id, label, help, error, value, onChange, rows, className = "" }: Props) {
  return (
    <div className="space-y-1">
      <label htmlFor={id("comment")} className="block font-medium">
        {label}
      </label>
      <textarea
        id={id("comment")}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        rows={rows}
        aria-invalid={!!error}
        aria-describedby={[id("comment-help"), error && id("comment-error")].filter(Boolean).join(" ")}
        className={`${gradeFieldClass} ${className}`}
      />
      <p id={id("comment-help")} className="text-sm text-stone-700 dark:text-stone-300">
        {help}
      </p>
      {error && (
        <p id={id("comment-error")} className={gradeErrorText}>
          {error}
        </p>
      )}
    </div>
  );
}
