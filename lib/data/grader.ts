import "server-only";
import { graderEndpoint } from "../grading/configured-grader";

/** Whether "Grade my answer" is offered: only when the deployment configures a grader (LLM_BASE_URL and LLM_MODEL). */
export const graderAvailable = (): boolean => graderEndpoint() !== null;
