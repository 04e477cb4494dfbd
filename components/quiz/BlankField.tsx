import type { ReactNode } from "react";

type Props = {
  id: string;
  /** "Blank 2" or "Blank 2 (hint)", in the caller's words. */
  label: string;
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
  readOnly?: boolean;
  className: string;
  /** What shows under the field, e.g. its verdict once the answer is revealed. */
  children?: ReactNode;
};

/**
 * One cloze blank to type into, in a quiz and on a question page: no autocorrect, autocapitalisation or spell
 * check, which would change a typed term (e.g. "softmax" to "Softmax") before it is compared with the answers.
 */
export function BlankField({ id, label, value, onChange, disabled, readOnly, className, children }: Props) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        disabled={disabled}
        readOnly={readOnly}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={className}
      />
      {children}
    </div>
  );
}
