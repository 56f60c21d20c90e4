/**
 * Writes deploy/nginx.conf from the same header constants as the build's `_headers` file:
 *   npm run deploy:config
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { locales } from '../src/config';
import { nginxServerBlock } from '../src/lib/nginx-config';

mkdirSync('deploy', { recursive: true });
writeFileSync('deploy/nginx.conf', nginxServerBlock(locales.map((l) => l.code)));
console.log('Wrote deploy/nginx.conf');
