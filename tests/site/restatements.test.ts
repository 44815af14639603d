/**
 * A figure a later card prints again (`restatedIn` in the model's own card) is linked both ways:
 * the model's own cell names the later card's figure, and the later cell names the own card's.
 * Every link in the content is checked, each against the pages as built.
 */
import { expect, test } from 'vitest';
import { restatedResult } from '../../src/lib/restatements.ts';
import { tableRowAnchorKey, metricOf } from '../../src/lib/evaluation-table.ts';
import { useBuiltSite } from './built-site.ts';
import { contentCatalogue } from './content-catalogue.ts';

const site = useBuiltSite();
const html = async (cardId: string) => (await fetch(`${site.origin}/cards/${cardId}/`)).text();
const decoded = (text: string) => text.replaceAll('&#39;', "'").replaceAll('&amp;', '&');

const links = contentCatalogue().evaluations.flatMap(({ id, data: own }) =>
	own.results.flatMap((result) =>
		(result.restatedIn ?? []).map((restatement) => {
			const later = contentCatalogue().evaluations.find(
				(entry) => entry.id === restatement.evaluation.id,
			)!;
			const found = restatedResult(later.data, result.model.id, restatement) as { index: number };
			const laterResult = later.data.results[found.index]!;
			const anchor = (
				evaluationId: string,
				evaluation: typeof own,
				row?: string,
				metric?: string,
			) =>
				`eval-${evaluationId.split('/')[1]}--${tableRowAnchorKey(evaluation, row, metricOf(evaluation, metric).id)}`;
			return {
				own: { card: id.split('/')[0]!, anchor: anchor(id, own, result.row, result.metric) },
				later: {
					card: later.id.split('/')[0]!,
					anchor: anchor(later.id, later.data, laterResult.row, laterResult.metric),
				},
				name: `${id} ${result.model.id} ${result.row ?? result.metric ?? ''} → ${later.id}`,
			};
		}),
	),
);

test('the content links some figures to later cards', () => {
	expect(links.length).toBeGreaterThan(0);
});

test.each(links.map((link) => [link.name, link] as const))(
	'%s links both ways',
	async (_name, link) => {
		const own = decoded(await html(link.own.card));
		const later = decoded(await html(link.later.card));
		expect(own).toContain(`id="${link.own.anchor}"`);
		expect(later).toContain(`id="${link.later.anchor}"`);
		expect(own).toMatch(
			new RegExp(
				`class="restatement">A later card, <a href="/cards/${link.later.card}/#${link.later.anchor}">`,
			),
		);
		expect(later).toMatch(
			new RegExp(
				`class="restatement">The model's own card, <a href="/cards/${link.own.card}/#${link.own.anchor}">`,
			),
		);
	},
);
