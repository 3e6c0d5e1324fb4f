// Runs before any test module loads (the configuration is read when AppModule is imported):
// tests always run the gateway in sandbox mode, quietly unless TEST_LOG_LEVEL asks otherwise.
delete process.env.NPAY_CLIENT_ID;
process.env.LOG_LEVEL = process.env.TEST_LOG_LEVEL ?? 'silent';

const [major, minor] = process.versions.node.split('.').map(Number);

if (major < 24 || (major === 24 && minor < 9)) {
  throw new Error(
    `Tests need Node 24.9 or later, this is ${process.version}: run them with npm test, ` +
      'which uses the Node that npm install put in node_modules/.bin',
  );
}
