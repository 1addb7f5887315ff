// Which element is each page's Largest Contentful Paint. Lighthouse 12.2.3 cannot say with
// the Chromium of Debian here (its "largest-contentful-paint-element" audit fails reading
// the newer trace format), so this asks the browser itself: the last
// `largest-contentful-paint` entry of a phone-sized load is the element the metric timed.
//
//   node lcp-elements.mjs URL...       (run by pages.sh) prints "URL<TAB>element" per URL
import {createRequire} from 'node:module';

const require = createRequire(process.env.LIGHTHOUSE_PREFIX + '/node_modules/');
const puppeteer = require('puppeteer-core');

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage();
  // Lighthouse's mobile profile: 412 x 823 CSS pixels at 1.75 device pixels
  await page.setViewport({width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true});
  for (const url of process.argv.slice(2)) {
    await page.goto(url, {waitUntil: 'networkidle0'});
    const element = await page.evaluate(() => new Promise(resolve => {
      new PerformanceObserver(list => {
        const entries = list.getEntries();
        const e = entries[entries.length - 1].element;
        if (!e) return resolve('(removed from the page)');
        const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
          + (e.classList.length ? '.' + [...e.classList].join('.') : '');
        resolve(`${name} "${(e.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 50)}"`);
      }).observe({type: 'largest-contentful-paint', buffered: true});
    }));
    console.log(`${url}\t${element}`);
  }
} finally {
  await browser.close();
}
