// Writes each page's own content into its file, so that the page reads before its script has run,
// and search engines and link previews that run no script see it: opens every page file of dist/
// (written by post-build from the route table) in headless Chromium, lets the built app draw the
// page with the bundled data, and puts what it drew into the file's #app. The app takes the page
// over from there without redrawing it in view (src/lib.rs).
//
// Usage: NODE_TOOLS=<folder with node_modules/playwright-core> node scripts/prerender.mjs dist
// (scripts/build.sh runs it; Chromium is /usr/bin/chromium unless $CHROMIUM says otherwise).
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { readFile, writeFile, readdir } from "node:fs/promises";
import path from "node:path";

const { chromium } = createRequire(path.join(process.env.NODE_TOOLS ?? ".", "x.js"))("playwright-core");

const dist = path.resolve(process.argv[2] ?? "dist");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
};
// Where the app's content goes, and where the shell's ends (index.html).
const APP_OPEN = '<div id="app"';
const APP_CLOSE = "<!-- /app -->";
// The site's public address, for the few absolute addresses a page shows (the embed snippet).
const SITE_URL = process.env.SITE_URL ? process.env.SITE_URL.replace(/\/?$/, "/") : "./";

/** Every page file: index.html in the root and in each page's folder. */
async function pageFiles(dir, rel = "") {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && !entry.name.startsWith("app-")) {
      found.push(...(await pageFiles(path.join(dir, entry.name), `${rel}${entry.name}/`)));
    } else if (entry.name === "index.html") {
      found.push(rel);
    }
  }
  return found.sort();
}

/** A loopback server of dist/: a folder answers with its index.html. */
function serve() {
  const server = createServer(async (req, res) => {
    let file = path.join(dist, decodeURIComponent(new URL(req.url, "http://x").pathname));
    if (!file.startsWith(dist)) return res.writeHead(404).end();
    if (file.endsWith("/")) file += "index.html";
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** The page's content once the app has drawn it whole: its data, chunks and article files. */
async function capture(page, url) {
  await page.goto(url, { waitUntil: "networkidle" });
  await page.waitForFunction(
    () =>
      document.documentElement.hasAttribute("data-app") &&
      !document.querySelector("#app .loading, #app [aria-busy='true']"),
  );
  // A text field's value is a property the markup lacks: written as its text, the embed page's
  // code reads without script.
  // What the app drew for the moment the page opened (`data-now`: the clock's due times from now)
  // would read as now's in a file read days later: the file holds the element's own note instead.
  let html = await page.evaluate(() => {
    for (const field of document.querySelectorAll("#app textarea")) field.textContent = field.value;
    for (const drawn of document.querySelectorAll("#app [data-now]")) {
      drawn.textContent = drawn.dataset.now;
      drawn.removeAttribute("data-now");
    }
    return document.getElementById("app").innerHTML;
  });
  // A list drawn a page at a time (the directory) keeps its first page as the app draws it, and
  // links each entry after it in a plain list in place of its "show more" button (a button does
  // nothing without script), so that a reader or crawler without script reaches every provider
  // while the file stays as light as the app's first page. The app puts its button back.
  const rest = await restOfList(page);
  if (rest) html = html.replace(/<p class="show-more">[\s\S]*?<\/p>/, rest);
  // The page was drawn at this loopback address; the file is read at the site's. Styles the app
  // set through the DOM (the embed preview's height) are left out: as attributes in a file, the
  // page's policy (style-src 'self') would refuse them.
  // A frame (the embed page's preview) is written without its address: it would start a second
  // copy of the guide that the app, taking the page over, removes while it loads.
  return html
    .replaceAll(new URL("/", url).href, SITE_URL)
    .replace(/ style="[^"]*"/g, "")
    .replace(/(<iframe\b[^>]*?) src="[^"]*"/g, "$1");
}

/** Links to the entries of a list beyond its first page (opened with its "show more" button), or "". */
async function restOfList(page) {
  const first = await page.evaluate(() => document.querySelectorAll("#app .card-list > li").length);
  for (let i = 0; i < 100; i++) {
    const more = await page.$("#app .show-more button");
    if (!more) break;
    await more.click();
    await page.waitForLoadState("networkidle");
  }
  return page.evaluate((first) => {
    const links = [...document.querySelectorAll("#app .card-list > li")].slice(first).map((li) => li.querySelector("h2 a"));
    if (!links.length) return "";
    const nav = document.createElement("nav");
    nav.setAttribute("aria-label", "一覧の続き");
    const list = nav.appendChild(document.createElement("ul"));
    for (const link of links) {
      const a = list.appendChild(document.createElement("li")).appendChild(document.createElement("a"));
      a.setAttribute("href", link.getAttribute("href"));
      a.textContent = link.textContent;
    }
    return nav.outerHTML;
  }, first);
}

/** The file with `content` in place of the shell's #app content. */
function fill(html, content, file) {
  const start = html.indexOf(APP_OPEN);
  const end = html.indexOf(APP_CLOSE);
  if (start < 0 || end < start) throw new Error(`${file}: no ${APP_OPEN} … ${APP_CLOSE}`);
  return `${html.slice(0, start)}<div id="app" data-prerendered="">${content}</div>${html.slice(end)}`;
}

const started = Date.now();
const server = await serve();
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
try {
  // A fresh profile per page: nothing a previous page stored (the compare list) leaks into the next.
  const files = await pageFiles(dist);
  for (const rel of files) {
    // bypassCSP: the waits below run as page script, which the page's policy would refuse.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "ja-JP", bypassCSP: true });
    const page = await context.newPage();
    const content = await capture(page, `http://127.0.0.1:${server.address().port}/${rel}`);
    await context.close();
    const file = path.join(dist, rel, "index.html");
    await writeFile(file, fill(await readFile(file, "utf8"), content, file));
  }
  console.log(`prerendered ${files.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await browser.close();
  server.close();
}
