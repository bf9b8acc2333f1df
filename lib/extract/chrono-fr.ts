/**
 * chrono-node's French parser with the day words of the Malian press it lacks:
 * "avant-hier" (two days before; chrono reads its "hier"), and "le 8 courant" / "le 8
 * du mois courant" (that day of the month the article is written in). Built on first
 * use, like chrono's own patterns.
 */
import * as chrono from 'chrono-node';
import { CURRENT_MONTH_WORDS, DAY_BEFORE_YESTERDAY } from './lexicon-dates';

type Context = Parameters<chrono.Parser['extract']>[0];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (words: readonly string[]) => words.map(escape).join('|');

function dayOf(ctx: Context, date: Date) {
  return ctx.createParsingComponents({
    day: date.getUTCDate(),
    month: date.getUTCMonth() + 1,
    year: date.getUTCFullYear(),
  });
}

let parser: chrono.Chrono | null = null;

export function frenchDates(): chrono.Chrono {
  if (parser) return parser;
  const p = chrono.fr.casual.clone();
  p.parsers.push({
    pattern: () => new RegExp(`(?<![\\p{L}-])(?:${alternatives(DAY_BEFORE_YESTERDAY)})(?![\\p{L}-])`, 'iu'),
    extract: (ctx) => {
      const d = new Date(ctx.refDate.getTime());
      d.setUTCDate(d.getUTCDate() - 2);
      return dayOf(ctx, d);
    },
  });
  p.parsers.push({
    pattern: () => new RegExp(`\\b(\\d{1,2})(?:er)?\\s+(?:${alternatives(CURRENT_MONTH_WORDS)})\\b`, 'i'),
    extract: (ctx, match) => {
      const day = Number(match[1]);
      if (day < 1 || day > 31) return null;
      return ctx.createParsingComponents({
        day,
        month: ctx.refDate.getUTCMonth() + 1,
        year: ctx.refDate.getUTCFullYear(),
      });
    },
  });
  return (parser = p);
}
