/**
 * Ends start-up with one JSON line on stderr, in the shape of the gateway's logs (pino level 60,
 * fatal), for failures that come before or outside its logger.
 */
export function exitWithFatalLine(message: string, error?: unknown): never {
  const cause =
    error instanceof Error
      ? { name: error.name, message: error.message, stack: error.stack }
      : undefined;

  process.stderr.write(
    JSON.stringify({ level: 60, time: Date.now(), msg: message, err: cause }) + '\n',
  );
  process.exit(1);
}
