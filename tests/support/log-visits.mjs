// Counts page visits of a browser-test run (issue 15: "at most 3 visits per page"). Preload it into
// the test servers, then let Playwright reuse them:
//   VISIT_LOG=/tmp/visits.log NODE_OPTIONS="--import ./tests/support/log-visits.mjs" \
//     npx node scripts/serve-dist.ts --port 4322 &   (and --port 4323 --dir dist-fixtures/second-year)
//   npx playwright test
//   sort /tmp/visits.log | uniq -c | sort -rn
// Each line is one document request (a page.goto, a followed link, a frame): port and path.
import { appendFileSync } from 'node:fs';
import http from 'node:http';

const log = process.env.VISIT_LOG;
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, request, ...rest) {
  if (log && event === 'request') {
    // A browser's navigation says so; one a test routes through Playwright (route.fetch) only asks for HTML.
    const dest = request.headers['sec-fetch-dest'];
    const visit = dest ? ['document', 'iframe'].includes(dest) : /text\/html/.test(request.headers.accept ?? '');
    if (visit) appendFileSync(log, `${request.headers.host?.split(':')[1] ?? ''} ${request.url}\n`);
  }
  return emit.call(this, event, request, ...rest);
};
