/**
 * Bad content never half-works: each broken fixture below fails the build, and the message names
 * the file, the field and how to fix it.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureBuild } from './fixture-build';

let build: FixtureBuild | undefined;
afterEach(() => build?.cleanup());

const edit = (file: string, from: string | RegExp, to: string) => (dir: string) => {
  const target = path.join(dir, file);
  const text = readFileSync(target, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`The fixture change did not apply to ${file}.`);
  writeFileSync(target, changed);
};

async function expectFailure(change: (dir: string) => void, ...messages: (string | RegExp)[]) {
  build = await buildFixture(change);
  expect(build.ok, build.output.slice(-2000)).toBe(false);
  for (const message of messages) expect(build.output).toMatch(message);
}

describe('a broken content file fails the build with the file, the field and the fix', () => {
  it('a page without sources', async () => {
    await expectFailure(edit('nl/zorg/dokter.mdx', /^sources: \[bron-a\]\n/m, ''), 'nl/zorg/dokter', 'sources: Every page needs at least one source. Fix: add `sources: [id]`');
  });

  it('a page citing a source that is not in the registry', async () => {
    await expectFailure(edit('nl/zorg/dokter.mdx', 'sources: [bron-a]', 'sources: [bron-z]'), 'nl/zorg/dokter', 'source "bron-z" is not in content/sources.yaml. Fix: use an existing id');
  });

  it('a bad date', async () => {
    await expectFailure(edit('nl/zorg/dokter.mdx', 'lastChecked: 2026-11-23', 'lastChecked: 2026-13-01'), 'nl/zorg/dokter', 'lastChecked is not a real calendar date. Fix: check the month');
  });

  it('a folder for a language that does not exist', async () => {
    await expectFailure(
      (dir) => renameSync(path.join(dir, 'en'), path.join(dir, 'xx')),
      'content/xx is not a known locale or data file. Fix: rename it to one of the locale codes in src/config.ts',
    );
  });

  it('broken MDX', async () => {
    await expectFailure(edit('nl/zorg/dokter.mdx', '## Dit moet u weten', '<Warning>\n\n## Dit moet u weten'), 'nl/zorg/dokter.mdx', /Warning/);
  });

  it('an unknown glossary term', async () => {
    await expectFailure(
      edit('nl/zorg/dokter.mdx', 'De huisarts is', 'De <Term id="bestaat-niet">huisarts</Term> is'),
      'nl/zorg/dokter.mdx: <Term id="bestaat-niet"> is not in content/glossary.yaml. Fix: use an existing id, or add the term',
    );
  });

  it('a component editors cannot use', async () => {
    await expectFailure(edit('nl/zorg/dokter.mdx', 'De huisarts is', '<Map /> De huisarts is'), 'nl/zorg/dokter.mdx: <Map> is not a component you can use here. Fix: use one of');
  });

  it('a directory file with an invalid schedule', async () => {
    await expectFailure(edit('organisations/vindplek.yaml', "opens: '10:00', closes: '17:00'", "opens: '17:00', closes: '10:00'"), 'vindplek', 'closes (10:00) must be later than opens (17:00).');
  });

  it('a directory file with an unknown topic', async () => {
    await expectFailure(edit('organisations/vindplek.yaml', 'topics: [zorg]', 'topics: [sport]'), 'vindplek', 'topic "sport" is unknown. Fix: use one of the topics in src/config.ts');
  });

  it('a page naming an organisation that has no directory file', async () => {
    await expectFailure(edit('nl/zorg/dokter.mdx', 'organisations: [vindplek]', 'organisations: [bestaat-niet]'), 'organisation "bestaat-niet" has no file content/organisations/bestaat-niet.yaml');
  });

  it('a translation without a Dutch page', async () => {
    await expectFailure(
      (dir) => {
        mkdirSync(path.join(dir, 'en/onderwijs'), { recursive: true });
        writeFileSync(path.join(dir, 'en/onderwijs/extra.mdx'), readFileSync(path.join(dir, 'en/zorg/dokter.mdx'), 'utf8'));
      },
      'there is no Dutch page content/nl/onderwijs/extra.mdx. Fix: rename this file',
    );
  });

  it('a translation recording how it was made with an unknown method', async () => {
    await expectFailure(edit('en/zorg/dokter.mdx', 'method: machine', 'method: magic'), 'en/zorg/dokter', 'translation.method "magic" is unknown');
  });
});

describe('the fixture builds without the breakage', () => {
  it('builds', async () => {
    build = await buildFixture(() => {});
    expect(build.ok, build.output.slice(-2000)).toBe(true);
  });
});
