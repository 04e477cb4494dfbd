/** The question types and difficulty levels. Zod-free: the custom quiz form imports them in the browser. */
export const QUESTION_TYPES = ["open", "single", "multiple", "boolean", "cloze", "code"] as const;
export const DIFFICULTIES = ["easy", "medium", "hard"] as const;

/** Shown to learners: neither a draft nor retired. */
export const isPublished = (q: { draft: boolean; retired: boolean }) => !q.draft && !q.retired;
