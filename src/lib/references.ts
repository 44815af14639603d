/**
 * Finds entry references ({ id, collection }, what `reference()` and `idReference` produce) inside
 * parsed content, with the path to each. The content check uses it to resolve every reference; the
 * card page uses it to list every source a page cites.
 */
import type { EntryReference } from '../schema/reference.ts';

function isEntryReference(value: unknown): value is EntryReference {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
	const record = value as Record<string, unknown>;
	return (
		Object.keys(record).length === 2 &&
		typeof record['id'] === 'string' &&
		typeof record['collection'] === 'string'
	);
}

export function findReferences(
	value: unknown,
	path: PropertyKey[] = [],
): Array<{ ref: EntryReference; path: PropertyKey[] }> {
	if (Array.isArray(value))
		return value.flatMap((item, index) => findReferences(item, [...path, index]));
	if (isEntryReference(value)) return [{ ref: value, path }];
	if (value && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		return Object.keys(record).flatMap((key) => findReferences(record[key], [...path, key]));
	}
	return [];
}

/** Parsed content back in its authored form: every reference becomes its id; nothing else changes. */
export function withReferencesAsIds(value: unknown): unknown {
	if (isEntryReference(value)) return value.id;
	if (Array.isArray(value)) return value.map(withReferencesAsIds);
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value).map(([key, inner]) => [key, withReferencesAsIds(inner)]),
		);
	return value;
}

/** Ids of every entry of `collection` referenced anywhere in `value`, once each, in first-seen order. */
export function referencedIds(collection: string, value: unknown): string[] {
	// The walk of `findReferences` without the paths, which no caller of this needs: every card page
	// asks, and the paths of every value of its evaluations were most of the time it took.
	const ids = new Set<string>();
	const visit = (inner: unknown): void => {
		if (Array.isArray(inner)) inner.forEach(visit);
		else if (isEntryReference(inner)) {
			if (inner.collection === collection) ids.add(inner.id);
		} else if (inner && typeof inner === 'object')
			for (const key of Object.keys(inner)) visit((inner as Record<string, unknown>)[key]);
	};
	visit(value);
	return [...ids];
}
