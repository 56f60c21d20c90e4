/**
 * Writes deploy/nginx.conf from the same header rules as the build's `_headers` file:
 *   npm run deploy:config   (after npm run build; it reads the file list of dist/)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { locales } from '../src/config';
import { listFiles } from '../src/integrations/files';
import { nginxServerBlock } from '../src/lib/nginx-config';
import { headerRules } from '../src/lib/security-headers';

const codes = locales.map((l) => l.code);
const rules = headerRules(await listFiles('dist'), codes);
mkdirSync('deploy', { recursive: true });
writeFileSync('deploy/nginx.conf', nginxServerBlock(rules, codes));
console.log('Wrote deploy/nginx.conf');
