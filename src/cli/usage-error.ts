/** A problem with the command line itself (exit code 2, like most Unix tools). */
export class UsageError extends Error {}
