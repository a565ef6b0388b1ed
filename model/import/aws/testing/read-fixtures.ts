/** The sample account's describe output (model/import/aws/fixtures), read as the command line would. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { InputFile } from '../import-aws';

const ROOT = new URL('../fixtures/', import.meta.url).pathname;

export function readFixtureFolder(dir = ROOT): InputFile[] {
  const files: InputFile[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at).sort()) {
      const path = join(at, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.json')) files.push({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') });
    }
  };
  walk(dir);
  return files;
}
