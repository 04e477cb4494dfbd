import type { PointVerdict } from "../coach/point-verdicts";

/** What the learner typed for an open or code card, and the key points they ticked: sent with the rating. */
export type ReviewAnswer = { text: string; verdicts: PointVerdict[] };
