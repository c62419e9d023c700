/** A problem the person starting the twin can fix; printed as one line, without a stack trace. */
export class StartupError extends Error {
  override name = 'StartupError';
}
