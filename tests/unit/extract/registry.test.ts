import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_MODULES } from '../../../lib/extract';
import { CLAIM_PASSES } from '../../../lib/extract/passes';

describe('rule registry', () => {
  it('every rule module exists and has a unit test', () => {
    const lib = path.resolve(__dirname, '../../../lib/extract');
    const tests = fs.readdirSync(__dirname).join(' ');
    for (const m of RULE_MODULES) {
      expect(fs.existsSync(path.join(lib, `${m}.ts`)), `lib/extract/${m}.ts`).toBe(true);
      const tested =
        tests.includes(`${m}.test.ts`) ||
        tests.includes(`${m}-en.test.ts`) ||
        (m === 'sentences' && tests.includes('tokens.test.ts'));
      expect(tested, `a test for ${m}`).toBe(true);
    }
  });

  it('every registered claim pass has its own file and test file, and names are unique', () => {
    const lib = path.resolve(__dirname, '../../../lib/extract/passes');
    const names = CLAIM_PASSES.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(fs.existsSync(path.join(lib, `${name}.ts`)), `lib/extract/passes/${name}.ts`).toBe(true);
      const test = path.join(__dirname, 'passes', `${name}.test.ts`);
      expect(fs.existsSync(test), `tests/unit/extract/passes/${name}.test.ts`).toBe(true);
      expect(fs.readFileSync(test, 'utf8')).toMatch(/expect\(/);
    }
  });

  it('every pass file in lib/extract/passes is registered (no pass the pipeline does not run)', () => {
    const lib = path.resolve(__dirname, '../../../lib/extract/passes');
    const files = fs
      .readdirSync(lib)
      .filter((f) => f.endsWith('.ts') && !['index.ts', 'context.ts'].includes(f))
      .map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(CLAIM_PASSES.map((p) => p.name).sort());
  });
});
