// Preloaded into the gateway by `npm run bench -- --profile`: --cpu-prof writes its profile only
// on a normal exit, and Nest's shutdown hook ends the process by re-raising the signal instead.
process.prependListener('SIGTERM', () => process.exit(0));
