import { diagnostic } from "../../content/cross-check";
import type { Diagnostic } from "../../content/diagnostics";
import type { ParsedQuestion } from "../../content/parse-question";
import { LANGS, type Lang } from "../../content/schemas/common";
import { differingFields } from "./question-fields";
import { QUESTION_FIELDS, type QuestionChanges, type QuestionField, type QuestionRef, type SideFile } from "./types";

type Version = { q: ParsedQuestion; file: string; bank: string };
type Entry = { id: string; langs: Partial<Record<Lang, Version>> };

/** Every question of one side by id, each language kept apart. A duplicate id keeps its first occurrence, as the snapshot does. */
function indexQuestions(files: SideFile[]): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const { parsed } of files) {
    if (parsed.kind !== "bank" || parsed.slug === "") continue;
    for (const q of parsed.questions) {
      const entry = out.get(q.meta.id) ?? { id: q.meta.id, langs: {} };
      if (entry.langs[parsed.lang]) continue;
      entry.langs[parsed.lang] = { q, file: parsed.file, bank: `${parsed.topic}/${parsed.slug}` };
      out.set(q.meta.id, entry);
    }
  }
  return out;
}

// English first: it is the language reviewers share; the Chinese file stands in when there is no English one.
const primary = (e: Entry) => (e.langs.en ?? e.langs.zh)!;
const ref = (e: Entry): QuestionRef => {
  const v = primary(e);
  return { id: e.id, title: v.q.content.title, file: v.file, line: v.q.line };
};
const present = (e: Entry) => LANGS.filter((l) => e.langs[l]);
const anyRetired = (e: Entry) => present(e).some((l) => e.langs[l]!.q.meta.retired);

/** Per field, the languages in which it differs between two versions of the same question. */
function compare(before: Entry, after: Entry): Partial<Record<QuestionField, Lang[]>> {
  const out: Partial<Record<QuestionField, Lang[]>> = {};
  const mark = (field: QuestionField, lang: Lang) => (out[field] ??= []).push(lang);
  for (const lang of LANGS) {
    const a = before.langs[lang];
    const b = after.langs[lang];
    if (!a && !b) continue;
    if (!a || !b) {
      mark("translation", lang);
      continue;
    }
    for (const field of differingFields(a.q, b.q)) mark(field, lang);
    if (a.q.meta.retired && !b.q.meta.retired) mark("retired", lang);
    if (a.bank !== b.bank) mark("bank", lang);
  }
  return out;
}

const byPlace = (a: QuestionRef, b: QuestionRef) => a.file.localeCompare(b.file) || a.line - b.line;

export type QuestionDiff = QuestionChanges & { diagnostics: Diagnostic[] };

/**
 * Compares the questions of the changed files before and after. Both sides hold the same set of paths (a file
 * missing on one side was added or deleted), so an id that moved between two changed files is matched by id
 * and is not a removal. `existsElsewhere` answers for ids still defined in files outside the comparison.
 */
export function diffQuestions(
  before: SideFile[],
  after: SideFile[],
  existsElsewhere: (id: string) => boolean = () => false,
): QuestionDiff {
  const old = indexQuestions(before);
  const now = indexQuestions(after);
  const out: QuestionDiff = { added: [], changed: [], retired: [], removed: [], diagnostics: [] };

  for (const [id, entry] of now) {
    const prev = old.get(id);
    if (!prev) {
      const v = primary(entry);
      out.added.push({ ...ref(entry), type: v.q.meta.type, difficulty: v.q.meta.difficulty, langs: present(entry) });
      continue;
    }
    // A newly retired question is listed once, as retired: the edits that came with retiring it do not matter
    // to a learner who will no longer see it.
    if (!anyRetired(prev) && anyRetired(entry)) {
      out.retired.push(ref(entry));
      continue;
    }
    const fieldLangs = compare(prev, entry);
    const fields = QUESTION_FIELDS.filter((f) => fieldLangs[f]);
    if (fields.length === 0) continue;
    const langs = LANGS.filter((l) => fields.some((f) => fieldLangs[f]!.includes(l)));
    out.changed.push({ ...ref(entry), fields, langs, fieldLangs });
  }

  for (const [id, entry] of old) {
    if (now.has(id) || existsElsewhere(id)) continue;
    const wasRetired = anyRetired(entry);
    const removed = { ...ref(entry), wasRetired };
    out.removed.push(removed);
    if (!wasRetired) {
      out.diagnostics.push(
        diagnostic(
          removed.file,
          removed.line,
          "id-removed",
          `question "${id}" was removed, but learners have progress on it: keep it and mark it \`retired: true\``,
        ),
      );
    }
  }

  out.added.sort(byPlace);
  out.changed.sort(byPlace);
  out.retired.sort(byPlace);
  out.removed.sort(byPlace);
  return out;
}
