/**
 * Finds entry references ({ id, collection }, what `reference()` and `idReference` produce) inside
 * parsed content, with the path to each. The content check uses it to resolve every reference; the
 * card page uses it to list every source a page cites.
 */
import type { EntryReference } from '../schema/reference.ts';

export function findReferences(value: unknown, path: PropertyKey[] = []): Array<{ ref: EntryReference; path: PropertyKey[] }> {
	if (Array.isArray(value)) return value.flatMap((item, index) => findReferences(item, [...path, index]));
	if (value && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		const keys = Object.keys(record);
		if (keys.length === 2 && typeof record['id'] === 'string' && typeof record['collection'] === 'string') {
			return [{ ref: record as unknown as EntryReference, path }];
		}
		return keys.flatMap((key) => findReferences(record[key], [...path, key]));
	}
	return [];
}

/** Ids of every entry of `collection` referenced anywhere in `value`, once each, in first-seen order. */
export function referencedIds(collection: string, value: unknown): string[] {
	return [...new Set(findReferences(value).filter(({ ref }) => ref.collection === collection).map(({ ref }) => ref.id))];
}
