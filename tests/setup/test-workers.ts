/** Test files run in this many workers at once, each with a database of its own (two cores here). */
export const TEST_WORKERS = 2;
