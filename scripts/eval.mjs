#!/usr/bin/env node
// npm run eval — runs `crosscheck` on ../shared/corpus/{dev,check}/*.txt and
// scores each folder with ../shared/corpus/score.mjs (extraction and
// same-event grouping), one block and one `score:` line per folder.
//   npm run eval -- --verbose    lists each miss (dev only: check is for scoring)
//   npm run eval -- dev          one folder only
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(process.env.CORPUS_DIR ?? path.join(root, '..', 'shared', 'corpus'));
const scorer = path.join(corpus, 'score.mjs');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const asked = args.filter((a) => !a.startsWith('--'));
const folders = asked.length ? asked : ['dev', 'check'];

if (!fs.existsSync(scorer)) {
  console.error(`eval: the corpus is not there (looked for ${scorer}).`);
  console.error('eval: check out ../shared beside this project, or set CORPUS_DIR.');
  process.exit(2);
}
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const cli = path.join(root, 'scripts', 'crosscheck.ts');
let status = 0;
for (const name of folders) {
  const dir = path.join(corpus, name);
  if (!fs.existsSync(dir)) {
    console.log(`eval ${name}: folder missing (${dir}) — not scored`);
    status = 2;
    continue;
  }
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f));
  const out = path.join(root, '.eval', name);
  fs.mkdirSync(out, { recursive: true });
  for (const cmd of ['extract', 'compare']) {
    const r = spawnSync(tsx, [cli, cmd, '--json', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
    if (r.stderr) process.stderr.write(r.stderr);
    if (r.status !== 0 && r.status !== 1) process.exit(r.status ?? 1);
    fs.writeFileSync(path.join(out, `${cmd}.json`), r.stdout);
  }
  // check/ is scored, never read: its misses are not listed.
  const extra = verbose && name !== 'check' ? ['--verbose'] : [];
  const s = spawnSync(
    process.execPath,
    [scorer, path.join(out, 'extract.json'), '--events', path.join(out, 'compare.json'), ...extra],
    { encoding: 'utf8' },
  );
  if (s.stderr) process.stderr.write(s.stderr);
  if (s.status !== 0) status = s.status ?? 1;
  const lines = s.stdout.trimEnd().split('\n');
  console.log(`== ${name} (${files.length} articles)`);
  for (const line of lines) console.log(line.startsWith('score:') ? `score ${name}: ${line.slice(7)}` : line);
  // The score line leaves out dates, actors and background: one more line, so a change that
  // moves them is seen as plainly as one that moves the claims.
  const pick = (re) => lines.map((l) => re.exec(l)?.[1]).find(Boolean) ?? '?';
  console.log(
    `also ${name}: dates ${pick(/^event dates right: ([\d.]+)%/)} · actors ${pick(/^actors right: ([\d.]+)%/)}` +
      ` · background as news ${pick(/^background claims presented as news: (\d+)/)}`,
  );
}
process.exit(status);
