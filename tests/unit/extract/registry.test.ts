import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_MODULES } from '../../../lib/extract';

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
});
