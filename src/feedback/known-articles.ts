import { getCollection } from 'astro:content';

let known: Promise<Set<string>> | undefined;

/**
 * The ids of the site's articles without their language prefix (`email/emails-not-arriving`): the
 * pages with a module (not the home pages). Read once from the content collection.
 */
export function knownArticles(): Promise<Set<string>> {
  known ??= getCollection('docs').then((docs) => new Set(docs.filter((d) => Boolean((d.data as { module?: string }).module)).map((d) => articleIdOf(d.id))));
  return known;
}

/** An entry's id without the English prefix: both languages of an article share it. */
export function articleIdOf(entryId: string): string {
  return entryId.replace(/^en\//, '');
}
