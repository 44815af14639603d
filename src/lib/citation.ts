/**
 * Citations for a system card and for its Cardshelf page, as BibTeX and CSL-JSON (what Zotero,
 * Pandoc and most reference managers read). A date is given only as precisely as it is known: a
 * month-only date has no day, and an unknown one is left out rather than guessed.
 */
import { UNKNOWN_DATE } from '../schema/shared.ts';

export interface CitedWork {
	/** Citation key / CSL id: letters, digits, hyphens. */
	key: string;
	title: string;
	/** Organisation as author. */
	author: string;
	/** YYYY-MM-DD, YYYY-MM, YYYY or "unknown". */
	date: string;
	url?: string;
	/** BibTeX type; the CSL type follows from it. */
	type: 'techreport' | 'misc';
	note?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function dateParts(date: string): number[] | undefined {
	return date === UNKNOWN_DATE ? undefined : date.split('-').map(Number);
}

/** Braces protect capitals (BibTeX lowercases titles otherwise); special characters are escaped. */
function bibtexText(text: string): string {
	return text.replace(/[\\{}]/g, (char) => `\\${char}`).replace(/[&%$#_]/g, (char) => `\\${char}`);
}

export function bibtex(work: CitedWork): string {
	const parts = dateParts(work.date);
	// Double braces keep an organisation whole (not a family name) and keep a title's capitals.
	const verbatim = (text: string) => `{{${bibtexText(text)}}}`;
	const fields: Array<[string, string | undefined]> = [
		['title', verbatim(work.title)],
		['author', verbatim(work.author)],
		['institution', work.type === 'techreport' ? verbatim(work.author) : undefined],
		['year', parts ? String(parts[0]) : undefined],
		['month', parts?.[1] ? MONTHS[parts[1] - 1] : undefined],
		// BibLaTeX reads `date` at the precision given (2025-09 is a month).
		['date', parts ? `{${work.date}}` : undefined],
		['url', work.url ? `{${work.url}}` : undefined],
		['note', work.note ? `{${bibtexText(work.note)}}` : undefined],
	];
	const present = fields.filter((field): field is [string, string] => field[1] !== undefined);
	return `@${work.type}{${work.key},\n${present.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}`;
}

export function cslJson(work: CitedWork): Record<string, unknown> {
	const parts = dateParts(work.date);
	return {
		id: work.key,
		type: work.type === 'techreport' ? 'report' : 'webpage',
		title: work.title,
		author: [{ literal: work.author }],
		...(work.type === 'techreport' ? { publisher: work.author } : {}),
		...(parts ? { issued: { 'date-parts': [parts] } } : {}),
		...(work.url ? { URL: work.url } : {}),
		...(work.note ? { note: work.note } : {}),
	};
}

/** What a card page offers to cite: the publisher's document, and the Cardshelf page about it. */
export function cardCitations(
	cardId: string,
	card: { title: string; published: string; officialUrl?: string; unverified?: string },
	publisher: string,
	pageUrl: string,
): { document: CitedWork; page: CitedWork } {
	return {
		document: {
			key: `${publisher.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${cardId}`,
			title: card.title,
			author: publisher,
			date: card.published,
			...(card.officialUrl ? { url: card.officialUrl } : {}),
			type: 'techreport',
			...(card.unverified ? { note: 'Existence not verified against the publisher' } : {}),
		},
		page: {
			key: `cardshelf-${cardId}`,
			title: `${card.title}: Cardshelf entry`,
			author: 'Cardshelf',
			date: UNKNOWN_DATE,
			url: pageUrl,
			type: 'misc',
		},
	};
}
