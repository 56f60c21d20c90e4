/**
 * The shipped nginx server block (deploy/nginx.conf) is up to date, valid for nginx, and sends the
 * same headers as the `_headers` file when it serves the built site. Needs nginx (Debian package
 * `nginx-light`; .ci/run installs it).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/config';
import { nginxServerBlock } from '../../src/lib/nginx-config';
import { DIST } from './built-site';

const PORT = 4455;
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => {
  try {
    execFileSync(p, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});

describe('nginx server block', () => {
  it('is up to date with src/lib/security-headers.ts (run `npm run deploy:config`)', () => {
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(nginxServerBlock(locales.map((l) => l.code)));
  });

  describe('served by nginx', () => {
    let root: string;
    let nginx: ChildProcess;
    beforeAll(async () => {
      if (!NGINX) throw new Error('nginx is not installed. Install it (apt-get install -y nginx-light) or run .ci/run.');
      root = mkdtempSync(path.join(tmpdir(), 'wegwijzer-nginx-'));
      mkdirSync(path.join(root, 'logs'));
      // The shipped block over plain HTTP on a test port, serving dist/.
      const server = readFileSync('deploy/nginx.conf', 'utf8')
        .replace('listen 443 ssl http2;', `listen 127.0.0.1:${PORT};`)
        .replace(/^\s*ssl_certificate.*$/gm, '')
        .replace('root /srv/wegwijzer;', `root ${path.resolve(DIST)};`);
      writeFileSync(
        path.join(root, 'nginx.conf'),
        `daemon off;\npid ${root}/nginx.pid;\nerror_log ${root}/logs/error.log;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  access_log off;\n  client_body_temp_path ${root};\n  proxy_temp_path ${root};\n  fastcgi_temp_path ${root};\n  uwsgi_temp_path ${root};\n  scgi_temp_path ${root};\n${server}\n}\n`,
      );
      execFileSync(NGINX, ['-t', '-p', root, '-c', path.join(root, 'nginx.conf')], { stdio: 'pipe' });
      nginx = spawn(NGINX, ['-p', root, '-c', path.join(root, 'nginx.conf')], { stdio: 'ignore' });
      for (let i = 0; i < 50; i += 1) {
        try {
          await fetch(`http://127.0.0.1:${PORT}/`);
          return;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    });
    afterAll(() => {
      nginx?.kill();
      rmSync(root, { recursive: true, force: true });
    });

    it('serves pages with the strict policy and the search worker with WebAssembly allowed', async () => {
      const pageResponse = await fetch(`http://127.0.0.1:${PORT}/ar/zorg/huisarts/`);
      expect(pageResponse.status).toBe(200);
      expect(pageResponse.headers.get('content-security-policy')).not.toContain('wasm-unsafe-eval');
      expect(pageResponse.headers.get('referrer-policy')).toBe('no-referrer');
      expect(pageResponse.headers.get('cache-control')).toBe('no-cache');
      const worker = await fetch(`http://127.0.0.1:${PORT}/pagefind/pagefind-worker.js`);
      expect(worker.headers.get('content-security-policy')).toContain("'wasm-unsafe-eval'");
      const chunk = readFileSync(path.join(DIST, 'pagefind/pagefind-entry.json'), 'utf8').match(/"nl_[0-9a-f]+"/)![0].slice(1, -1);
      expect((await fetch(`http://127.0.0.1:${PORT}/pagefind/pagefind.${chunk}.pf_meta`)).headers.get('cache-control')).toContain('immutable');
    });

    it('sends web app manifests as such', async () => {
      const manifest = await fetch(`http://127.0.0.1:${PORT}/nl/manifest.webmanifest`);
      expect(manifest.headers.get('content-type')).toContain('application/manifest+json');
      expect(manifest.headers.get('referrer-policy')).toBe('no-referrer');
      expect((await fetch(`http://127.0.0.1:${PORT}/_astro/`.replace('/_astro/', readFileSync(path.join(DIST, 'nl/index.html'), 'utf8').match(/\/_astro\/[^"]+\.css/)![0]))).headers.get('content-type')).toContain('text/css');
    });

    it('answers a missing page with the 404 page of its language', async () => {
      const response = await fetch(`http://127.0.0.1:${PORT}/fr/bestaat-niet/`);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('lang="fr"');
    });
  });
});
