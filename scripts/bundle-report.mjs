// Prints the raw, gzip and brotli size of every file in dist/, the first-load total (everything
// the first visit to the home page downloads: index.html, the app's JS and core wasm, the chunk
// loader, the CSS and the data files), and the wasm each other page fetches when first opened
// (its chunk and the shared chunks it needs, read from the chunk loader).
// Usage: node scripts/bundle-report.mjs [dist]
//
// Budgets, enforced (exit 1 when over): core wasm ≤ 160 KB and first load ≤ 200 KB, brotli. Each
// page's chunks have a ceiling too, just above today's size, so that a page cannot grow unnoticed.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const dist = process.argv[2] ?? "dist";
const KB = 1024;
const BUDGETS = { core: 160, firstLoad: 200 };
// Brotli KB a page may fetch on top of the core (its chunk and the shared ones): a tripwire just
// above today's largest group, so that a page cannot grow unnoticed. 100 since the directory group
// (directory, provider and compare pages) suggests what to loosen, reads request hours and shares
// a comparison (it went from 90.6 to 98.0 KB).
const PAGE_CEILING = 100;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name.startsWith(".")) return [];
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

// The app's code lives in app-<hash>/: the core (teleradiology-guide_bg.wasm), its JS, the chunk
// loader (__wasm_split.js), one split_<group>.wasm per group of pages and chunk_<n>.wasm shared
// by several groups.
const appDir = readdirSync(dist).find((n) => n.startsWith("app-"));
if (!appDir) {
  console.error(`${dist} has no app-<hash>/ folder: build the release bundle first (scripts/build.sh)`);
  process.exit(1);
}
const isChunk = (name) => name.startsWith(`${appDir}/`) && /\/(split|chunk)_[^/]*\.wasm$/.test(name);
const FIRST_LOAD = /(^index\.html$|\.js$|_bg\.wasm$|\.css$|^providers\.json$|^site\.json$|^config\.json$)/;

const rows = files(dist)
  .filter((path) => !/\.(br|gz)$/.test(path))
  .map((path) => {
    const bytes = readFileSync(path);
    const name = relative(dist, path);
    return {
      name,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      first: FIRST_LOAD.test(name) && !isChunk(name),
      chunk: isChunk(name),
    };
  })
  .sort((a, b) => b.brotli - a.brotli);
const byName = new Map(rows.map((r) => [r.name, r]));

const kb = (n) => (n / KB).toFixed(1).padStart(8);
const line = (name, r) => `${name.padEnd(52)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`;
console.log(`${"file (* first load, + page chunk)".padEnd(52)} ${"raw KB".padStart(8)} ${"gzip KB".padStart(8)} ${"br KB".padStart(8)}`);
for (const r of rows) console.log(line(`${r.first ? "*" : r.chunk ? "+" : " "} ${r.name}`, r));
const sum = (list, key) => list.reduce((n, r) => n + r[key], 0);
const firstRows = rows.filter((r) => r.first);
const total = { raw: sum(firstRows, "raw"), gzip: sum(firstRows, "gzip"), brotli: sum(firstRows, "brotli") };
console.log(line("first-load total", total));

// Which files each group of pages fetches: `export const __wasm_split_load_<group> =
// wrapAsyncCb(makeLoad(<its file>, [<shared chunk loaders>]))`, the shared ones declared as
// `const __chunk_<n> = makeLoad(... "./chunk_<n>.wasm" ...)`.
const loader = readFileSync(join(dist, appDir, "__wasm_split.js"), "utf8");
const sharedFile = new Map(
  [...loader.matchAll(/const (__chunk_\d+) = makeLoad\([\s\S]*?"\.\/([^"]+\.wasm)"/g)].map((m) => [m[1], m[2]]),
);
console.log("\nwasm a page fetches when first opened, besides the core (brotli):");
let over = false;
for (const m of loader.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(([\s\S]*?), \[([^\]]*)\]\)\)/g)) {
  const [, group, fetcher, deps] = m;
  const own = /"\.\/([^"]+\.wasm)"/.exec(fetcher)?.[1];
  const needed = [own, ...deps.split(",").map((d) => sharedFile.get(d.trim()))].filter(Boolean);
  const bytes = needed.reduce((n, f) => n + (byName.get(`${appDir}/${f}`)?.brotli ?? 0), 0);
  const ok = bytes <= PAGE_CEILING * KB;
  over ||= !ok;
  console.log(`  ${group.padEnd(14)} ${kb(bytes)} KB in ${needed.length} files (ceiling ${PAGE_CEILING} KB${ok ? "" : ": OVER"})`);
}

const core = byName.get(`${appDir}/teleradiology-guide_bg.wasm`)?.brotli ?? 0;
const allWasm = sum(rows.filter((r) => r.name.endsWith(".wasm")), "brotli");
console.log(`\nall wasm, core and chunks (brotli): ${(allWasm / KB).toFixed(1)} KB`);
for (const [label, bytes, limit] of [
  ["core wasm (brotli)", core, BUDGETS.core],
  ["first load (brotli)", total.brotli, BUDGETS.firstLoad],
]) {
  const ok = bytes <= limit * KB;
  over ||= !ok;
  console.log(`budget ${label}: ${(bytes / KB).toFixed(1)} KB of ${limit} KB (${ok ? "within" : "OVER"})`);
}
console.log(`first-load total (brotli): ${total.brotli} bytes (${(total.brotli / KB).toFixed(1)} KB)`);
if (over) process.exit(1);
