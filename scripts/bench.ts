/**
 * npm run bench — prints the speed figures the issues ask for.
 * Each file in scripts/bench/ exports `run(): Promise<string[]>` and returns its lines.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.argv.slice(2);
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
  const name = file.replace(/\.ts$/, '');
  if (only.length && !only.includes(name)) continue;
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { run: () => Promise<string[]> };
  for (const line of await mod.run()) console.log(`bench ${name}: ${line}`);
}
