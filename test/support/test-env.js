// Runs before any test module loads (the configuration is read when AppModule is imported):
// tests always run the gateway in sandbox mode, quietly unless TEST_LOG_LEVEL asks otherwise.
delete process.env.NPAY_CLIENT_ID;
process.env.LOG_LEVEL = process.env.TEST_LOG_LEVEL ?? 'silent';
