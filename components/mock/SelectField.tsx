import { FieldError } from "../ui/Field";

const selectClass =
  "w-full max-w-md rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900";

type Props = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  error?: string;
  /** Another element that describes the choice (e.g. how many questions it holds). */
  describedBy?: string;
};

/** A labelled drop-down with its error tied to it, as Field does for inputs. */
export function SelectField({ id, label, value, onChange, options, error, describedBy }: Props) {
  const described = [describedBy, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={!!error}
        aria-describedby={described}
        className={selectClass}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
