"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { deleteInterviewPlan } from "@/lib/actions/delete-interview-plan";

/** Removes one plan; its cards go back to normal scheduling. */
export function RemovePlan({ id, label }: { id: string; label: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      aria-label={label}
      className="rounded-md border border-stone-400 px-2 py-1 text-sm hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
      onClick={() =>
        start(async () => {
          const result = await deleteInterviewPlan({ id });
          if (result.ok) router.refresh();
        })
      }
    >
      ✕
    </button>
  );
}
