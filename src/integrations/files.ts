import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `root` (relative paths with forward slashes, sorted), optionally filtered. */
export async function listFiles(root: string, keep: (relative: string) => boolean = () => true): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter(keep)
    .sort();
}
