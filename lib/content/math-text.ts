/**
 * A LaTeX formula as a line of readable text, for places that show plain text (search snippets): "\sqrt{d_k}"
 * reads "√d_k", "\frac{QK^\top}{\sqrt{d_k}}" reads "QKᵀ/√d_k", "\alpha" reads "α". Not a renderer: layout is
 * flattened to one line, and a command it does not know keeps its name without the backslash.
 */
const SYMBOLS: Record<string, string> = {
  alpha: "α", beta: "β", gamma: "γ", delta: "δ", epsilon: "ε", varepsilon: "ε", zeta: "ζ", eta: "η", theta: "θ",
  vartheta: "ϑ", iota: "ι", kappa: "κ", lambda: "λ", mu: "μ", nu: "ν", xi: "ξ", pi: "π", rho: "ρ", sigma: "σ",
  tau: "τ", upsilon: "υ", phi: "φ", varphi: "φ", chi: "χ", psi: "ψ", omega: "ω", Gamma: "Γ", Delta: "Δ",
  Theta: "Θ", Lambda: "Λ", Xi: "Ξ", Pi: "Π", Sigma: "Σ", Phi: "Φ", Psi: "Ψ", Omega: "Ω",
  top: "ᵀ", intercal: "ᵀ", cdot: "·", cdots: "⋯", ldots: "…", dots: "…", times: "×", div: "÷", pm: "±", mp: "∓",
  le: "≤", leq: "≤", ge: "≥", geq: "≥", ne: "≠", neq: "≠", approx: "≈", sim: "∼", simeq: "≃", equiv: "≡",
  propto: "∝", ll: "≪", gg: "≫", in: "∈", notin: "∉", subset: "⊂", subseteq: "⊆", cup: "∪", cap: "∩",
  infty: "∞", partial: "∂", nabla: "∇", sum: "∑", prod: "∏", int: "∫", forall: "∀", exists: "∃", neg: "¬",
  land: "∧", lor: "∨", to: "→", rightarrow: "→", leftarrow: "←", Rightarrow: "⇒", Leftarrow: "⇐",
  leftrightarrow: "↔", iff: "⇔", mapsto: "↦", odot: "⊙", otimes: "⊗", oplus: "⊕", circ: "∘", star: "⋆",
  ell: "ℓ", mid: "|", lVert: "‖", rVert: "‖", Vert: "‖", lvert: "|", rvert: "|", langle: "⟨", rangle: "⟩",
  lfloor: "⌊", rfloor: "⌋", lceil: "⌈", rceil: "⌉", emptyset: "∅", hbar: "ℏ", prime: "′", cdotp: "·",
  "{": "{", "}": "}", "%": "%", "$": "$", "&": "&", "#": "#", _: "_", "|": "‖",
};
// Spacing and sizing commands, and \left/\right: layout only, nothing to read.
const SILENT = new Set([
  ",", ";", ":", "!", " ", "quad", "qquad", "left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr",
  "Bigl", "Bigr", "displaystyle", "textstyle", "limits", "nolimits",
]);
// Commands whose argument is just text in another style.
const STYLES = new Set([
  "mathrm", "mathbf", "mathit", "mathsf", "mathtt", "mathcal", "mathbb", "boldsymbol", "bm", "text", "textrm",
  "textbf", "textit", "operatorname", "mbox",
]);
const ACCENTS: Record<string, string> = { hat: "\u0302", bar: "\u0304", tilde: "\u0303", vec: "\u20d7", dot: "\u0307" };

type Cursor = { s: string; i: number };

/** One argument: a braced group or a single token. */
function argument(c: Cursor): string {
  while (c.s[c.i] === " ") c.i++;
  if (c.s[c.i] === "{") {
    c.i++;
    return group(c, "}");
  }
  if (c.s[c.i] === "\\") return command(c);
  return c.s[c.i++] ?? "";
}

// A compound term reads as one unit after a root or in a fraction: "√(d+1)", "(a+b)/c".
const wrap = (text: string) => (/^[\p{L}\p{M}\p{N}_.′ᵀ√]+$/u.test(text) || /^\(.*\)$/.test(text) ? text : `(${text})`);

function command(c: Cursor): string {
  c.i++; // the backslash
  const name = /^[A-Za-z]+/.exec(c.s.slice(c.i))?.[0] ?? c.s[c.i] ?? "";
  c.i += name.length;
  if (SILENT.has(name)) return name === "quad" || name === "qquad" || name === " " ? " " : "";
  if (name === "sqrt") {
    let index = "";
    if (c.s[c.i] === "[") {
      const close = c.s.indexOf("]", c.i);
      index = close === -1 ? "" : text(c.s.slice(c.i + 1, close));
      c.i = close === -1 ? c.i : close + 1;
    }
    return `${index}√${wrap(argument(c))}`;
  }
  if (name === "frac" || name === "dfrac" || name === "tfrac") {
    const top = argument(c);
    return `${wrap(top)}/${wrap(argument(c))}`;
  }
  if (STYLES.has(name)) return argument(c);
  if (name in ACCENTS) return argument(c) + ACCENTS[name];
  return SYMBOLS[name] ?? name;
}

function group(c: Cursor, until?: string): string {
  let out = "";
  while (c.i < c.s.length) {
    const ch = c.s[c.i]!;
    if (ch === until) {
      c.i++;
      return out;
    }
    if (ch === "\\") {
      const word = command(c);
      // "\alpha x" keeps a space between a symbol and a letter after it; "\log x" between a word and its argument.
      out += /^[A-Za-z]+$/.test(word) && /^\s*[A-Za-z0-9]/.test(c.s.slice(c.i)) ? `${word} ` : word;
    } else if (ch === "{") {
      c.i++;
      out += group(c, "}");
    } else if (ch === "^") {
      c.i++;
      const up = argument(c);
      out += up === "ᵀ" || up === "′" ? up : `^${wrap(up)}`;
    } else if (ch === "_") {
      c.i++;
      out += `_${wrap(argument(c))}`;
    } else if (ch === "~") {
      c.i++;
      out += " ";
    } else {
      c.i++;
      out += ch;
    }
  }
  return out;
}

function text(latex: string): string {
  return group({ s: latex, i: 0 });
}

export function mathText(latex: string): string {
  return text(latex).normalize("NFC").replace(/\s+/g, " ").trim();
}
