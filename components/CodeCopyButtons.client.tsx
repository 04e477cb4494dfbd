"use client";

import { useEffect, useState } from "react";
import { createPortal } from "react-dom";

export type CodeCopyLabels = { copy: string; copied: string; copyManually: string; copyManuallyMac: string };

type Block = { id: number; pre: HTMLPreElement; host: HTMLElement };

/** Code blocks a reader would copy: not the source of a diagram, and each only once. */
function unclaimedCodeBlocks(): HTMLPreElement[] {
  return Array.from(document.querySelectorAll<HTMLPreElement>("pre:not([data-copyable])")).filter(
    (pre) => pre.querySelector(":scope > code") && !pre.closest("figure[data-mermaid]"),
  );
}

/**
 * The button sits beside the `<pre>`, never inside it: shiki makes the block itself focusable for scrolling, and
 * a button inside would be an interactive element nested in another.
 */
function claim(pre: HTMLPreElement, id: number): Block {
  pre.dataset.copyable = "true";
  const wrapper = document.createElement("div");
  wrapper.className = "group/code relative";
  pre.replaceWith(wrapper);
  const host = document.createElement("div");
  host.className = "absolute right-2 top-2 flex items-center gap-2";
  wrapper.append(host, pre);
  return { id, pre, host };
}

function release({ pre, host }: Block) {
  delete pre.dataset.copyable;
  host.parentElement?.replaceWith(pre);
}

/**
 * Adds a "Copy code" button to every code block of the rendered content on the page. The content is HTML
 * rendered at build time, so the buttons are portals into it; content shown later (an answer revealed, a card
 * turned) gets its buttons when it appears.
 */
export function CodeCopyButtons({ labels }: { labels: CodeCopyLabels }) {
  const [blocks, setBlocks] = useState<Block[]>([]);
  useEffect(() => {
    let claimed: Block[] = [];
    let nextId = 0;
    const scan = () => {
      const fresh = unclaimedCodeBlocks().map((pre) => claim(pre, nextId++));
      const alive = claimed.filter((b) => b.host.isConnected);
      if (fresh.length === 0 && alive.length === claimed.length) return;
      claimed = [...alive, ...fresh];
      setBlocks(claimed);
    };
    scan();
    const observer = new MutationObserver(scan);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      claimed.forEach(release);
      setBlocks([]);
    };
  }, []);
  return blocks.map((block) => createPortal(<CopyCodeButton pre={block.pre} labels={labels} />, block.host, block.id));
}

const CONFIRMATION_MS = 2500;

function CopyCodeButton({ pre, labels }: { pre: HTMLPreElement; labels: CodeCopyLabels }) {
  const [message, setMessage] = useState("");
  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(() => setMessage(""), CONFIRMATION_MS);
    return () => window.clearTimeout(timer);
  }, [message]);

  async function copy() {
    const code = pre.querySelector("code") ?? pre;
    // textContent is the code as written: shiki's colour spans carry no text of their own.
    const text = (code.textContent ?? "").replace(/\n$/, "");
    setMessage("");
    try {
      if (!navigator.clipboard?.writeText) throw new Error("no Clipboard API");
      await navigator.clipboard.writeText(text);
      setMessage(labels.copied);
    } catch {
      // Insecure origin, old browser or permission refused: select the code so the keyboard shortcut works.
      const range = document.createRange();
      range.selectNodeContents(code);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      setMessage(/Mac|iPhone|iPad/.test(navigator.platform) ? labels.copyManuallyMac : labels.copyManually);
    }
  }

  return (
    <>
      <span
        role="status"
        className={
          message
            ? "rounded bg-stone-900 px-2 py-1 text-xs font-medium text-white dark:bg-stone-100 dark:text-stone-900"
            : ""
        }
      >
        {message}
      </span>
      <button
        type="button"
        onClick={copy}
        className={`rounded border border-stone-300 bg-white px-2 py-1 text-xs font-medium text-stone-700 shadow-sm transition-opacity hover:bg-stone-100 focus-visible:opacity-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600 group-focus-within/code:opacity-100 group-hover/code:opacity-100 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-200 dark:hover:bg-stone-800 [@media(hover:none)]:opacity-100 ${message ? "opacity-100" : "opacity-0"}`}
      >
        {labels.copy}
      </button>
    </>
  );
}
