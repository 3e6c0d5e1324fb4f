import pino, { DestinationStream } from 'pino';

/** Where log lines go; tests replace it to read the lines the gateway writes. */
export const LOG_DESTINATION = Symbol('LOG_DESTINATION');

/**
 * Standard output, written asynchronously: a line is handed to the kernel in the background,
 * and lines that arrive during a write go out together in the next one. Synchronous writes
 * cost the gateway about a tenth of its time under load, one system call per line.
 *
 * pino writes whatever is still buffered synchronously when the process exits, including after
 * `process.exit` and an uncaught exception. Only a SIGKILL (or a crash of V8 itself) loses the
 * last lines, up to a few kilobytes.
 */
export function createLogDestination(): DestinationStream {
  return pino.destination({ dest: 1, sync: false });
}
