#!/usr/bin/env node
// npm run eval — runs `crosscheck` on ../shared/corpus/dev/*.txt and scores it
// with ../shared/corpus/score.mjs (extraction and same-event grouping).
//   npm run eval -- --verbose    shows each miss
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(process.env.CORPUS_DIR ?? path.join(root, '..', 'shared', 'corpus'));
const dev = path.join(corpus, 'dev');
const scorer = path.join(corpus, 'score.mjs');
if (!fs.existsSync(dev) || !fs.existsSync(scorer)) {
  console.error(`eval: the corpus is not there (looked for ${dev} and ${scorer}).`);
  console.error('eval: check out ../shared beside this project, or set CORPUS_DIR.');
  process.exit(2);
}
const files = fs
  .readdirSync(dev)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => path.join(dev, f));
const out = path.join(root, '.eval');
fs.mkdirSync(out, { recursive: true });
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const cli = path.join(root, 'scripts', 'crosscheck.ts');
for (const cmd of ['extract', 'compare']) {
  const r = spawnSync(tsx, [cli, cmd, '--json', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.stderr) process.stderr.write(r.stderr);
  if (r.status !== 0 && r.status !== 1) process.exit(r.status ?? 1);
  fs.writeFileSync(path.join(out, `${cmd}.json`), r.stdout);
}
const extra = process.argv.slice(2);
const s = spawnSync(
  process.execPath,
  [scorer, path.join(out, 'extract.json'), '--events', path.join(out, 'compare.json'), ...extra],
  { stdio: 'inherit' },
);
process.exit(s.status ?? 1);
