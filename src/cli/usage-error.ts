/** A mistake in how hacheck was called or configured: exit code 2, a message, no stack trace. */
export class UsageError extends Error {}

export function fail(message: string): never {
  throw new UsageError(message);
}
