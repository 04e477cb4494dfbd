import { useRouter } from "@/components/navigation/use-localized-router";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/errors/result";

/**
 * The behaviour both one-field class forms share (create, join): run the action, go to the class on success,
 * else put the field's own message next to it, or the action's message above the button.
 */
export function useClassForm(field: string, fieldMessage: string) {
  const router = useRouter();
  const [fieldError, setFieldError] = useState<string>();
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  const submit = (run: () => Promise<ActionResult<{ classId: string }>>, fieldShown = true) =>
    startTransition(async () => {
      const result = await run();
      if (result.ok) return router.push(`/classes/${result.data.classId}`);
      const onField = fieldShown && !!result.error.fields?.[field];
      setFieldError(onField ? fieldMessage : undefined);
      setMessage(onField ? undefined : result.error.message);
    });
  return { fieldError, message, pending, submit };
}
