// `npm run test:e2e` drives Debian's chromium; without it, say so in one line and fail before vitest starts.
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(`test:e2e: ${CHROMIUM} is missing — install Debian's chromium (apt-get install -y chromium); .ci/run does this itself`);
  process.exit(1);
}
