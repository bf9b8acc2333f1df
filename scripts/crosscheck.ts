/**
 * crosscheck — the extension's lib/ on the command line.
 *
 *   npm run crosscheck -- extract [--json] FILE...
 *   npm run crosscheck -- compare [--json] FILE...
 *
 * FILE is an .html page or a .txt article in the corpus format. A bad file
 * gives a one-line error naming it; the other files are still processed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { parseCorpusFile } from '../lib/article/corpus-file';
import { readArticle } from '../lib/article/read-article';
import { groupReports, type GroupInput } from '../lib/events/group-reports';
import { extractReport } from '../lib/extract';
import type { Article } from '../lib/types';
import { formatEvents, formatReports } from './format-table';

const MAX_BYTES = 5 * 1024 * 1024;

function loadArticle(file: string): Article {
  const stat = fs.statSync(file);
  if (!stat.isFile()) throw new Error('not a file');
  if (stat.size > MAX_BYTES) throw new Error(`too large (${stat.size} bytes; the limit is ${MAX_BYTES})`);
  const content = fs.readFileSync(file, 'utf8');
  if (/\.html?$/i.test(file)) {
    const { document } = parseHTML(content);
    const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? `file://${path.resolve(file)}`;
    const result = readArticle(document as unknown as Document, url);
    if (!result.ok) throw new Error(result.message);
    return result.article;
  }
  if (/\.txt$/i.test(file)) return parseCorpusFile(content, file);
  throw new Error('not an .html page or a .txt corpus article');
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  const json = rest.includes('--json');
  const files = rest.filter((a) => a !== '--json');
  if ((command !== 'extract' && command !== 'compare') || files.length === 0) {
    console.error('usage: crosscheck extract|compare [--json] FILE...');
    return 2;
  }
  let failed = 0;
  const items: GroupInput[] = [];
  for (const file of files) {
    try {
      const article = loadArticle(file);
      const report = extractReport({
        text: article.text,
        published: article.published,
        lang: article.lang,
        title: article.title,
      });
      items.push({ key: file, article, report });
    } catch (err) {
      failed++;
      console.error(`crosscheck: ${file}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (command === 'extract') {
    const reports = items.map(({ key, article, report }) => ({
      file: key,
      url: article.canonicalUrl,
      outlet: article.outlet,
      title: article.title,
      published: article.published,
      lang: report.lang,
      status: report.status,
      event: report.event,
      incidents: report.incidents,
      claims: report.claims,
      background: report.background,
    }));
    console.log(json ? JSON.stringify({ reports }, null, 2) : formatReports(reports));
  } else {
    const events = groupReports(items);
    console.log(json ? JSON.stringify({ events }, null, 2) : formatEvents(events, items));
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
