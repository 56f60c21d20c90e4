/** Building a copy of the fixture site, changed by a test, in a folder of its own. */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface FixtureBuild {
  ok: boolean;
  output: string;
  outDir: string;
  contentDir: string;
  cleanup(): void;
}

export async function buildFixture(change: (contentDir: string) => void, env: Record<string, string> = {}): Promise<FixtureBuild> {
  const root = mkdtempSync(path.join(tmpdir(), 'wegwijzer-fixture-'));
  const contentDir = path.join(root, 'content');
  const outDir = path.join(root, 'dist');
  cpSync('tests/fixtures/site', contentDir, { recursive: true });
  change(contentDir);
  const astro = path.resolve('node_modules/.bin/astro');
  try {
    const { stdout, stderr } = await run(astro, ['build'], {
      env: { ...process.env, ...env, WEGWIJZER_CONTENT_DIR: contentDir, WEGWIJZER_OUT_DIR: outDir, WEGWIJZER_CACHE_DIR: path.join(root, 'cache') },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, output: stdout + stderr, outDir, contentDir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    // Colour codes make messages hard to match.
    const output = `${e.stdout ?? ''}${e.stderr ?? ''}`.replace(/\x1b\[[0-9;]*m/g, '');
    return { ok: false, output, outDir, contentDir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
  }
}
