/** The lengths and per-question times the setup offers; zod-free, because the setup form imports them in the browser. */
export const MOCK_LENGTHS = [3, 5, 10] as const;
export const MOCK_MINUTES = [2, 3, 5] as const;
export type MockLength = (typeof MOCK_LENGTHS)[number];
