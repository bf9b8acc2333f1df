import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const run = (...args: string[]) =>
  spawnSync(tsx, [path.join(root, 'scripts/crosscheck.ts'), ...args], { encoding: 'utf8', cwd: root });

// Each test spawns tsx (a few seconds each on a busy machine): a generous timeout, never an assertion on time.
describe('crosscheck command line', { timeout: 60_000 }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-'));
  const article = path.join(dir, 'a.txt');
  fs.writeFileSync(
    article,
    'url: https://example.org/a\noutlet: Example\npublished: 2026-02-03\nlang: en\n---\n' +
      'Gunmen attacked an army post in Nampala on Monday, killing at least 12 soldiers, the army said.\n',
  );
  const bad = path.join(dir, 'b.txt');
  fs.writeFileSync(bad, 'no header line here');

  it('prints each file’s claims as JSON, and one line naming a bad file while the others go on', () => {
    const r = run('extract', '--json', bad, article, path.join(dir, 'missing.html'));
    expect(r.status).toBe(1);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('crosscheck:'));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('b.txt');
    expect(errors[1]).toContain('missing.html');
    const out = JSON.parse(r.stdout) as {
      reports: Array<{
        file: string;
        outlet: string;
        claims: Array<{ kind: string; subject: string; min: number; max: number | null; by: string }>;
      }>;
    };
    expect(out.reports.map((x) => x.file)).toEqual([article]);
    expect(out.reports[0].outlet).toBe('Example');
    expect(out.reports[0].claims).toContainEqual(
      expect.objectContaining({ kind: 'killed', subject: 'soldiers', min: 12, max: null, by: 'official' }),
    );
  });

  it('groups files into events for compare --json', () => {
    const r = run('compare', '--json', article);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      events: Array<{ reports: string[]; comparison: { rows: unknown[] } }>;
    };
    expect(out.events).toHaveLength(1);
    expect(out.events[0].reports).toEqual([article]);
    expect(out.events[0].comparison.rows.length).toBeGreaterThan(0);
  });

  it('prints a readable table without --json, and usage on a wrong command', () => {
    const r = run('extract', article);
    expect(r.stdout).toMatch(/killed soldiers\s+≥12\s+official/);
    expect(run('summarise', article).status).toBe(2);
  });

  it('compare: "at least 21" (SITE) against "40" (the group) gives conservative 21', () => {
    const site = path.join(dir, 'site.txt');
    fs.writeFileSync(
      site,
      'url: https://example.org/site\noutlet: Example Wire\npublished: 2026-02-03\nlang: en\n---\n' +
        'Jihadists attacked an army post in Nampala on Monday. At least 21 soldiers were killed in the attack, according to SITE Intelligence Group.\n',
    );
    const group = path.join(dir, 'group.txt');
    fs.writeFileSync(
      group,
      'url: https://example.net/group\noutlet: Other Daily\npublished: 2026-02-03\nlang: en\n---\n' +
        'The JNIM group said on Tuesday that its fighters killed 40 soldiers when they attacked an army post in Nampala on Monday.\n',
    );
    const r = run('compare', '--json', site, group);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      events: Array<{ reports: string[]; comparison: { summary: Array<Record<string, unknown>> } }>;
    };
    expect(out.events).toHaveLength(1);
    expect(out.events[0].comparison.summary).toContainEqual(
      expect.objectContaining({ kind: 'killed', subject: 'soldiers', low: 21, conservative: 21, sources: 2 }),
    );
    expect(run('compare', site, group).stdout).toMatch(/killed soldiers\s+low 21 .*conservative 21/);
  });
});
