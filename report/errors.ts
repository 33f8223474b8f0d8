/**
 * What can go wrong while making a report, with the exit code the command ends
 * with: 2 for arguments the user got wrong, 1 for failures on the way (the
 * gateway unreachable, GraphQL errors, a file that cannot be written). The
 * message is one line, shown as it is: the command never prints a stack trace.
 */
export class ReportError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
    /** Whether to point at `--help`: not when the arguments were well-formed but name a unit not in force. */
    readonly pointsToUsage = exitCode === 2,
  ) {
    super(message);
    this.name = 'ReportError';
  }
}

/** A bad argument (or a unit the graph does not know): exit code 2. */
export function usageError(message: string): ReportError {
  return new ReportError(message, 2);
}

/** A failure while collecting or writing the report: exit code 1. */
export function failure(message: string): ReportError {
  return new ReportError(message, 1);
}
