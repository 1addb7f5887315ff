// Bytes a phone transfers for one page on a first visit and on a repeat visit with a warm
// browser cache. A Lighthouse user flow does both in one Chromium: its first navigation
// clears the cache like any Lighthouse run, later navigations of a flow keep it (that is
// their documented default), so the second step is what a returning reader downloads.
// A second `lighthouse --disable-storage-reset` run would not do: every CLI run starts a
// Chromium with a fresh profile, so its cache is always empty.
//
//   node home-visits.mjs URL OUTPUT.json      (run by pages.sh, which sets LIGHTHOUSE_PREFIX)
//
// Prints one line per step: "first <bytes> <requests>" and "repeat <bytes> <requests>".
import {writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';

// The packages live in the bench's npm cache, not beside this file: resolve from there.
const require = createRequire(process.env.LIGHTHOUSE_PREFIX + '/node_modules/');
const puppeteer = require('puppeteer-core');
const {startFlow} = await import(require.resolve('lighthouse'));

const [url, output] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox'],  // headless: true is Chrome's new headless mode already
});
try {
  const page = await browser.newPage();
  const flow = await startFlow(page, {
    config: {
      extends: 'lighthouse:default',
      settings: {onlyCategories: ['performance']},
    },
  });
  await flow.navigate(url, {name: 'first visit'});
  await flow.navigate(url, {name: 'repeat visit'});
  const result = await flow.createFlowResult();
  writeFileSync(output, JSON.stringify(result));
  for (const [i, step] of result.steps.entries()) {
    const requests = step.lhr.audits['network-requests'].details.items;
    const bytes = step.lhr.audits['total-byte-weight'].numericValue;
    console.log(`${i === 0 ? 'first' : 'repeat'} ${bytes} ${requests.length}`);
    // what was transferred, so that a regression can be traced to a resource
    for (const r of requests) {
      console.error(`  ${i === 0 ? 'first ' : 'repeat'} ${String(r.transferSize).padStart(7)} ${r.statusCode} ${r.url}`);
    }
  }
} finally {
  await browser.close();
}
