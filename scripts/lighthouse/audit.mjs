// Lighthouse on several pages with one Chromium: the pages run one after the other (parallel runs
// would skew each other's timings), each report written as OUT_DIR/NAME.json.
// usage: node audit.mjs MODULES_DIR OUT_DIR NAME=URL...   (CHROME_PATH, CHROME_FLAGS from the env)
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [modules, outDir, ...pages] = process.argv.slice(2);
const load = (file) => import(pathToFileURL(join(modules, file)).href);
const { default: lighthouse } = await load("lighthouse/core/index.js");
const chromeLauncher = await load("chrome-launcher/dist/index.js");

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH,
  chromeFlags: (process.env.CHROME_FLAGS || "--headless=new").split(" "),
});
try {
  for (const page of pages) {
    const at = page.indexOf("=");
    const result = await lighthouse(page.slice(at + 1), {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      disableFullPageScreenshot: true,
    });
    writeFileSync(join(outDir, `${page.slice(0, at)}.json`), result.report);
  }
} finally {
  await chrome.kill();
}
