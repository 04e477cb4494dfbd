/** Results per page of a search: the first page, and each "Show more". */
export const PAGE_SIZE = 20;
