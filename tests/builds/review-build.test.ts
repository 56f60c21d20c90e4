/** Drafts appear only in the review build, and its dashboard lists them. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureBuild } from './fixture-build';

describe('the review build', () => {
  let build: FixtureBuild;
  beforeAll(async () => {
    build = await buildFixture(() => {}, { WEGWIJZER_BUILD: 'review' });
  });
  afterAll(() => build.cleanup());

  it('builds drafts', () => {
    expect(build.ok, build.output.slice(-2000)).toBe(true);
    expect(existsSync(path.join(build.outDir, 'nl/zorg/concept/index.html'))).toBe(true);
  });

  it('says on the dashboard that it is a review build, and lists the draft and its broken link', () => {
    const dashboard = readFileSync(path.join(build.outDir, 'beoordelen/index.html'), 'utf8');
    expect(dashboard).toContain('Dit is een controleversie');
    expect(dashboard).toContain('data-slug="zorg/concept"');
    expect(dashboard).toMatch(/data-count="drafts">1</);
    expect(dashboard).toContain('<code>zorg/concept</code> linkt naar <code>/zorg/bestaat-niet/</code>');
  });
});
