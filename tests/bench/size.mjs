// The size budget of the first view: the JavaScript and CSS that dist/index.html
// loads before anything is clicked (its scripts, stylesheets and modulepreloads,
// plus every chunk those scripts import statically; dynamic import() chunks load
// later and do not count). Prints gzip sizes per file and in total and exits 1
// above the budget. `--check` (used by `npm run build`) prints only the totals.
//
//   node tests/bench/size.mjs [--check] [--json out.json] [--dist dir]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** kB = 1000 bytes, as Vite reports sizes. */
export const BUDGET = { js: 120_000, css: 10_000 };

/** Attribute values of the tags in `html` that match `tag` and `test`. */
function tags(html, tag) {
  const out = [];
  for (const m of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
    const attrs = {};
    for (const a of m[1].matchAll(/([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attrs[a[1].toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    }
    out.push(attrs);
  }
  return out;
}

/** Relative specifiers a module imports statically (`import … from "x"`, `import "x"`, `export … from "x"`). */
export function staticImports(code) {
  const specs = new Set();
  const re = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`]([^"'`]+)["'`]/g;
  for (const m of code.matchAll(re)) specs.add(m[1]);
  return [...specs].filter((s) => s.startsWith('./') || s.startsWith('../') || s.startsWith('/'));
}

function isLocal(href) {
  return href && !/^(?:[a-z]+:)?\/\//i.test(href) && !href.startsWith('data:');
}

/** The files of the first view, as paths inside `dist`, in load order. */
export function firstViewFiles(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const js = [];
  const css = [];
  const fromHtml = (href) => resolve(dist, href.replace(/^\//, '').split(/[?#]/)[0]);
  const queue = [];
  for (const s of tags(html, 'script')) if (isLocal(s.src)) queue.push(fromHtml(s.src));
  for (const l of tags(html, 'link')) {
    const rel = (l.rel ?? '').toLowerCase().split(/\s+/);
    if (!isLocal(l.href)) continue;
    if (rel.includes('stylesheet')) css.push(fromHtml(l.href));
    if (rel.includes('modulepreload')) queue.push(fromHtml(l.href));
  }
  const seen = new Set();
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    if (!existsSync(file)) throw new Error(`${relative(dist, file)} is referenced but missing`);
    if (file.endsWith('.css')) {
      css.push(file);
      continue;
    }
    js.push(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      queue.push(spec.startsWith('/') ? resolve(dist, spec.slice(1)) : resolve(dirname(file), spec));
    }
  }
  return { js, css: [...new Set(css)] };
}

export function measure(dist) {
  const { js, css } = firstViewFiles(dist);
  return measureFiles(dist, js, css);
}

const entry = (dist, file) => {
  const body = readFileSync(file);
  return { file: relative(dist, file), bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
};

function measureFiles(dist, js, css) {
  const jsFiles = js.map((f) => entry(dist, f));
  const cssFiles = css.map((f) => entry(dist, f));
  // Everything else the build emitted: loaded later, on demand (not counted).
  const counted = new Set([...js, ...css]);
  const later = readdirSync(join(dist, 'assets'))
    .map((f) => join(dist, 'assets', f))
    .filter((f) => /\.(?:js|css)$/.test(f) && !counted.has(f))
    .map((f) => entry(dist, f));
  const sum = (list) => list.reduce((a, f) => a + f.gzip, 0);
  return {
    js: { files: jsFiles, gzip: sum(jsFiles), budget: BUDGET.js },
    css: { files: cssFiles, gzip: sum(cssFiles), budget: BUDGET.css },
    later,
  };
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const jsonAt = args.indexOf('--json');
  const distAt = args.indexOf('--dist');
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const dist = resolve(distAt >= 0 ? args[distAt + 1] : join(root, 'dist'));
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`size: ${join(dist, 'index.html')} is missing; run \`npm run build\` first.`);
    process.exit(2);
  }
  const result = measure(dist);
  const over = [];
  for (const kind of ['js', 'css']) {
    if (result[kind].gzip > result[kind].budget) over.push(kind);
  }
  if (!check) {
    console.log('First view (gzip -9):');
    console.log(`  ${'file'.padEnd(44)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`);
    for (const kind of ['js', 'css']) {
      for (const f of result[kind].files) {
        console.log(`  ${f.file.padEnd(44)} ${kB(f.bytes).padStart(10)} ${kB(f.gzip).padStart(10)}`);
      }
    }
    const data = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.json'));
    for (const f of data) {
      const e = entry(dist, join(dist, 'assets', f));
      console.log(`Data the first view fetches (JSON, not bundled into JS; not counted):`);
      console.log(`  ${e.file.padEnd(44)} ${kB(e.bytes).padStart(10)} ${kB(e.gzip).padStart(10)}`);
    }
    if (result.later.length > 0) {
      console.log('Loaded later, on demand (not counted):');
      for (const f of result.later) {
        console.log(`  ${f.file.padEnd(44)} ${kB(f.bytes).padStart(10)} ${kB(f.gzip).padStart(10)}`);
      }
    }
  }
  for (const kind of ['js', 'css']) {
    const r = result[kind];
    const status = r.gzip > r.budget ? 'OVER BUDGET' : 'ok';
    console.log(
      `size: first-view ${kind.toUpperCase()} ${kB(r.gzip)} gzip in ${r.files.length} file(s), budget ${kB(r.budget)}: ${status}`,
    );
  }
  if (jsonAt >= 0) writeFileSync(args[jsonAt + 1], JSON.stringify(result, null, 2) + '\n');
  if (over.length > 0) {
    console.error(`size: the first view is over budget (${over.join(', ')}).`);
    process.exit(1);
  }
}

if (
  import.meta.url.startsWith('file:') &&
  process.argv[1] &&
  resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  main();
}
