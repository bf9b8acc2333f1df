/**
 * npm run bench extract — extraction speed: the median per dev-corpus article, and one
 * 1 MB text built from sentences written here (the corpus is never copied into the project).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCorpusFile } from '../../lib/article/corpus-file';
import { extractReport } from '../../lib/extract';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** News prose is mostly sentences without figures: two of these for each sentence with figures. */
const PROSE = [
  'La situation sécuritaire reste préoccupante dans le centre du pays, où les groupes armés multiplient les incursions.',
  'The region has been a flashpoint for years, and humanitarian groups say access to remote villages remains difficult.',
  'Les autorités de transition ont promis de renforcer la présence de l’armée le long des axes routiers.',
  'Analysts note that the group has expanded its operations toward the south and the borders with coastal states.',
  'Les habitants ont fui vers les villes voisines, laissant derrière eux leurs champs et leur bétail.',
  'The government did not respond to requests for comment on Tuesday, and the claims could not be independently verified.',
];

/** Sentences with figures, claimants, dates and places. */
const SENTENCES = [
  'Au moins 12 soldats maliens ont été tués et 9 autres blessés mardi dans une attaque contre le camp de Dioura, selon un communiqué de l’armée.',
  'The army said on Sunday that more than 40 militants were neutralised near Niono, while the group claimed it had seized 6 vehicles.',
  'Des sources locales font état d’une vingtaine de civils tués et de plusieurs dizaines de blessés (dont 5 graves).',
  'According to residents, dozens of villagers were abducted and 3 motorcycles burned during the raid on Thursday, 4 March 2022.',
  'Le bilan provisoire ami est de 7 morts, 11 blessés et 2 portés disparus ; 15 terroristes ont été neutralisés.',
  'Security sources told AFP that between 20 and 30 soldiers were killed, a toll that rose from 17 to 42 by Monday.',
];

/**
 * The best of a few runs: the machine running the bench is often shared, and the
 * minimum is the figure least disturbed by the neighbours.
 */
function bestOf(runs: number, fn: () => void): number {
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export async function run(): Promise<string[]> {
  const lines: string[] = [];
  // Like `npm run eval`: CORPUS_DIR, else ../shared/corpus beside the project.
  const dev = path.resolve(process.env.CORPUS_DIR ?? path.join(root, '..', 'shared', 'corpus'), 'dev');
  if (fs.existsSync(dev)) {
    const files = fs
      .readdirSync(dev)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    const articles = files.map((f) => parseCorpusFile(fs.readFileSync(path.join(dev, f), 'utf8'), f));
    // Warm up the JIT and chrono's parsers once.
    for (const a of articles) extractReport({ text: a.text, published: a.published, lang: a.lang });
    const times = articles.map((a) =>
      bestOf(5, () => extractReport({ text: a.text, published: a.published, lang: a.lang })),
    );
    lines.push(
      `median extraction per dev article ${median(times).toFixed(1)} ms (${articles.length} articles; best of 5 each)`,
    );
  } else {
    lines.push(`dev corpus absent (looked for ${dev}): no per-article figure`);
  }
  const parts: string[] = [];
  let size = 0;
  for (let k = 0; size < 1 << 20; k++) {
    const s = k % 3 === 0 ? SENTENCES[(k / 3) % SENTENCES.length] : PROSE[k % PROSE.length];
    parts.push(k % 4 === 3 ? `${s}\n\n` : `${s} `);
    size += s.length + 1;
  }
  const big = parts.join('');
  extractReport({ text: big.slice(0, 20000), published: '2022-03-05', lang: 'fr' });
  let r = extractReport({ text: big, published: '2022-03-05', lang: 'fr' });
  const secs =
    bestOf(3, () => {
      r = extractReport({ text: big, published: '2022-03-05', lang: 'fr' });
    }) / 1000;
  lines.push(
    `1 MB text ${secs.toFixed(2)} s (${(big.length / 1e6).toFixed(2)} M chars, ${r.claims.length + r.background.length} claims; best of 3)`,
  );
  return lines;
}
