import { exitWithFatalLine } from './fatal-line';

// Imported first by main: on an older Node the next imports would fail with a confusing error
// (Node 20, the system Node of some machines, lacks APIs start-up uses).
const [major, minor] = process.versions.node.split('.').map(Number);

if (major < 24 || (major === 24 && minor < 9)) {
  exitWithFatalLine(
    `npay-order-gateway needs Node.js 24.9 or later; this is ${process.version}. ` +
      'Start it with npm start, which runs the Node that npm install put in node_modules/.bin',
  );
}
