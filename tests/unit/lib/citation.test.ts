import { expect, test } from 'vitest';
import { bibtex, cardCitations, cslJson } from '../../../src/lib/citation.ts';
import { cardJsonLd } from '../../../src/lib/structured-data.ts';
import { changeFeedItems, cardFeedItems } from '../../../src/lib/feeds.ts';
import { makeCatalogue } from '../factories.ts';

const card = {
	title: 'OpenAI o3-mini System Card',
	published: '2025-01-31',
	officialUrl: 'https://openai.com/index/o3-mini-system-card/',
};

test('a system card is cited as a report by its publisher, with its full date', () => {
	const { document } = cardCitations(
		'o3-mini',
		card,
		'OpenAI',
		'https://cardshelf.example/cards/o3-mini/',
	);

	expect(bibtex(document)).toBe(
		[
			'@techreport{openai-o3-mini,',
			'  title = {{OpenAI o3-mini System Card}},',
			'  author = {{OpenAI}},',
			'  institution = {{OpenAI}},',
			'  year = 2025,',
			'  month = jan,',
			'  date = {2025-01-31},',
			'  url = {https://openai.com/index/o3-mini-system-card/}',
			'}',
		].join('\n'),
	);
	expect(cslJson(document)).toEqual({
		id: 'openai-o3-mini',
		type: 'report',
		title: 'OpenAI o3-mini System Card',
		author: [{ literal: 'OpenAI' }],
		publisher: 'OpenAI',
		issued: { 'date-parts': [[2025, 1, 31]] },
		URL: 'https://openai.com/index/o3-mini-system-card/',
	});
});

test('a date is cited only as precisely as known, and special characters are escaped', () => {
	const { document, page } = cardCitations(
		'sora-2',
		{ title: 'Sora 2 & the {feed}', published: '2025-09' },
		'OpenAI',
		'https://cardshelf.example/cards/sora-2/',
	);

	expect(bibtex(document)).toContain('title = {{Sora 2 \\& the \\{feed\\}}}');
	expect(bibtex(document)).toContain('month = sep');
	expect(bibtex(document)).toContain('date = {2025-09}');
	expect(bibtex(document)).not.toContain('url =');
	expect(cslJson(document)['issued']).toEqual({ 'date-parts': [[2025, 9]] });
	expect(cslJson({ ...document, date: 'unknown' })).not.toHaveProperty('issued');
	expect(bibtex({ ...document, date: 'unknown' })).not.toMatch(/year|month|date/);
	expect(cslJson(page)).toMatchObject({
		id: 'cardshelf-sora-2',
		type: 'webpage',
		author: [{ literal: 'Cardshelf' }],
		URL: 'https://cardshelf.example/cards/sora-2/',
	});
});

test('JSON-LD describes the page as a TechArticle about the publisher’s report', () => {
	const data = cardJsonLd(
		{ ...card, summary: 'What it covers.' },
		'OpenAI',
		'https://cardshelf.example/cards/o3-mini/',
		'https://cardshelf.example/api/cards/o3-mini.json',
	);
	expect(data).toMatchObject({
		'@type': 'TechArticle',
		about: { '@type': 'Report', datePublished: '2025-01-31', author: { name: 'OpenAI' } },
	});
	expect(
		cardJsonLd({ ...card, published: 'unknown', summary: 'x' }, 'OpenAI', 'u', 'a')['about'],
	).not.toHaveProperty('datePublished');
});

test('feeds date an item only when the day is known, newest first, and list dated revisions', () => {
	const catalogue = makeCatalogue({
		cards: {
			full: {
				title: 'Full',
				revisions: [
					{ date: '2025-03-01', summary: 'Fixed a table.' },
					{ summary: 'Undated change.' },
				],
			},
			partial: {
				title: 'Partial',
				published: '2025-09',
				publishedNote: 'Only the month is known.',
				coverage: 'headline',
			},
			early: { title: 'Early', published: '2023-03-14', framework: 'none', ratings: undefined },
		},
	});

	const cards = cardFeedItems(catalogue);
	expect(cards.map((item) => [item.link, item.pubDate?.toISOString()])).toEqual([
		['/cards/partial/', undefined],
		['/cards/full/', '2025-01-31T00:00:00.000Z'],
		['/cards/early/', '2023-03-14T00:00:00.000Z'],
	]);
	expect(cards[0]!.description).toContain('Published: September 2025.');

	const changes = changeFeedItems(catalogue);
	expect(changes.map((item) => item.title)).toEqual([
		'New card: Partial (September 2025)',
		'Revised: Full',
		'New card: Full',
		'New card: Early',
	]);
	expect(changes[2]!.description).toBe(
		'Ratings under the Preparedness Framework v1: CBRN risk: Medium before mitigations, Medium after mitigations.',
	);
	expect(changes[3]!.description).toBe(
		"Published before OpenAI's Preparedness Framework; no ratings.",
	);
});
