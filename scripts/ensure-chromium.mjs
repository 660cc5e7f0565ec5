// Finds a Chromium for Playwright, installing Debian's package when none is there.
// Playwright's own browser download cannot reach the network on our machines.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const found = candidates.find((path) => existsSync(path));
if (found) {
  console.log(`chromium: ${found}`);
  process.exit(0);
}
if (process.platform !== 'linux' || process.getuid?.() !== 0) {
  console.error('No Chromium found. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}
console.log('chromium: installing Debian package…');
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
