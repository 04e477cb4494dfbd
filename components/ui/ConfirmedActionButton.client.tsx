"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/errors/result";
import { FormAlert } from "./Field";

type Props = {
  label: string;
  /** The question the browser asks first; "Cancel" does nothing. */
  confirm: string;
  className: string;
  act: () => Promise<ActionResult<unknown>>;
};

/** A button that asks before it runs a server action, and shows the action's error next to it. */
export function ConfirmedActionButton({ label, confirm, className, act }: Props) {
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <>
      <button
        type="button"
        disabled={pending}
        className={className}
        onClick={() => {
          if (!window.confirm(confirm)) return;
          startTransition(async () => {
            const result = await act();
            setMessage(result.ok ? undefined : result.error.message);
          });
        }}
      >
        {label}
      </button>
      <FormAlert message={message} />
    </>
  );
}
