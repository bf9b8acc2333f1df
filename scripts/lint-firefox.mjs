/**
 * `web-ext lint` on the Firefox build (`npm run build:firefox` first), as
 * addons.mozilla.org would run it. Fails on any error, and on any warning or
 * notice except those inside the libraries' own code listed below (the
 * project's own code has ESLint's no-unsanitized rule instead).
 *
 *   node scripts/lint-firefox.mjs [source-dir]   (default .output/firefox-mv2)
 */
import fs from 'node:fs';
import path from 'node:path';
import webExt from 'web-ext';

/**
 * Warnings in bundled library code, told apart by the code around them (the
 * bundle is minified, so names differ; these words are the libraries' own).
 */
const LIBRARY_WARNINGS = [
  {
    why: "@mozilla/readability parses the page's copy in its own detached document",
    code: 'UNSAFE_VAR_ASSIGNMENT',
    around: /_attempts|_isSingleImage|_charThreshold/,
  },
  {
    // pouchdb-utils' scopeEval, behind pouchdb-core's changes filters; the extension page's CSP
    // (script-src 'self') would refuse it anyway.
    why: "PouchDB's scopeEval for design-document filters given as source text, which the team sync never uses (it passes functions)",
    code: 'DANGEROUS_EVAL',
    around:
      /hasOwnProperty\.call\(\w+,\w+\)&&\(\w+\.push\(\w+\),\w+\.push\(\w+\[\w+\]\)\);return \w+\.push\(\w+\),Function\.apply\(null,/,
  },
  {
    why: "Preact's dangerouslySetInnerHTML, which the project's components never use",
    code: 'UNSAFE_VAR_ASSIGNMENT',
    around: /dangerouslySetInnerHTML/,
  },
];

const sourceDir = path.resolve(process.argv[2] ?? '.output/firefox-mv2');
if (!fs.existsSync(path.join(sourceDir, 'manifest.json'))) {
  console.error(`no Firefox build in ${sourceDir}: run "npm run build:firefox" first`);
  process.exit(1);
}

const result = await webExt.cmd.lint(
  { sourceDir, output: 'none', selfHosted: false, warningsAsErrors: false, pretty: false },
  { shouldExitProgram: false },
);

/** The 300 characters of the bundled file before the message's position. */
function codeBefore(message) {
  if (!message.file || !message.line) return '';
  const lines = fs.readFileSync(path.join(sourceDir, message.file), 'utf8').split('\n');
  const line = lines[message.line - 1] ?? '';
  const column = message.column ?? line.length;
  return line.slice(Math.max(0, column - 300), column + 40);
}

const allowed = [];
const problems = [...result.errors.map((m) => ['error', m])];
for (const [kind, list] of [
  ['warning', result.warnings],
  ['notice', result.notices],
]) {
  for (const m of list) {
    const lib = LIBRARY_WARNINGS.find((l) => l.code === m.code && l.around.test(codeBefore(m)));
    if (lib) allowed.push(`${m.code} in ${m.file}: ${lib.why}`);
    else problems.push([kind, m]);
  }
}

for (const a of allowed) console.log(`web-ext lint: library code, allowed — ${a}`);
for (const [kind, m] of problems)
  console.error(
    `web-ext lint ${kind}: ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} — ${m.message}`,
  );
console.log(
  `web-ext lint: ${result.summary.errors} errors, ${result.summary.warnings} warnings (${allowed.length} in library code), ${result.summary.notices} notices`,
);
process.exit(problems.length ? 1 : 0);
