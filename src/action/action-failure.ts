/** A failure of the Action's run itself (bad input, unreadable directory): exit 2 with one `::error::` line. */
export class ActionFailure extends Error {}
