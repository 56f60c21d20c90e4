import { getCollection, type CollectionEntry } from 'astro:content';

export type SourceData = CollectionEntry<'sources'>['data'];

let all: Promise<Map<string, SourceData>> | undefined;

/** Sources by id, in the order given. Ids were checked by the content schema. */
export async function sourcesById(ids: readonly string[]): Promise<SourceData[]> {
  all ??= getCollection('sources').then((list) => new Map(list.map((s) => [s.id, s.data])));
  const map = await all;
  return [...new Set(ids)].map((id) => map.get(id)!);
}
