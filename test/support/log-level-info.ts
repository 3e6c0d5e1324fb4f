// Imported first by specs that read the gateway's logs: the level is read when AppModule loads,
// and test-env.js makes tests silent by default.
process.env.LOG_LEVEL = 'info';
