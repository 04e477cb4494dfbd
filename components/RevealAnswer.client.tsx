"use client";

import { createContext, useId, useState, type ReactNode } from "react";

/** Whether the answer is shown: what is behind it (earlier answers, say) waits for it before fetching anything. */
export const RevealedContext = createContext(true);

type Props = {
  showLabel: string;
  hideLabel: string;
  /** The question as shown before the answer: its blanks and options react to `data-revealed`. */
  front: ReactNode;
  /** Answer, explanation, solution: not in the accessibility tree until revealed. */
  back: ReactNode;
};

export function RevealAnswer({ showLabel, hideLabel, front, back }: Props) {
  const [revealed, setRevealed] = useState(false);
  const backId = useId();
  return (
    <RevealedContext value={revealed}>
      <div data-revealed={revealed} className="group space-y-6">
        {front}
        <button
          type="button"
          aria-expanded={revealed}
          aria-controls={backId}
          onClick={() => setRevealed((r) => !r)}
          className="rounded-md bg-amber-500 px-4 py-2 font-medium text-stone-950 shadow-sm hover:bg-amber-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600"
        >
          {revealed ? hideLabel : showLabel}
        </button>
        <div id={backId} hidden={!revealed} className="space-y-6">
          {back}
        </div>
      </div>
    </RevealedContext>
  );
}
