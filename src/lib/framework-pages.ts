/**
 * The framework pages, /frameworks/ and /frameworks/<id>/, rendered from the registry: what each
 * framework version contains, what changed from the one before, the cards rated under it, and how
 * its categories map onto other frameworks. Also the words used where a card names its framework.
 */
import type { Registry } from '../frameworks/registry.ts';
import type { Framework } from '../frameworks/types.ts';
import type { Card } from '../schema/card.ts';
import { UNKNOWN_DATE } from '../schema/shared.ts';
import type { Catalogue, Entry } from './catalogue.ts';
import { categoryFacts } from './rating-facts.ts';
import {
	CROSSWALK_ANCHORS,
	RISK_DOMAINS,
	type CrosswalkAnchor,
	type RiskDomain,
} from '../frameworks/domains.ts';

export const frameworkPath = (frameworkId: string): string => `/frameworks/${frameworkId}/`;

/** A card's framework in words: the framework's name, or why the card has none. */
export function frameworkStatus(
	registry: Registry,
	card: Pick<Card, 'framework' | 'publisher' | 'published'>,
): string {
	const framework = registry.find(card.framework);
	if (framework) return framework.shortName;
	const first = registry.frameworksOf(card.publisher)[0];
	// A partial date such as "2023" cannot be placed before a framework published that year.
	const before =
		first &&
		card.published !== UNKNOWN_DATE &&
		card.published < first.published &&
		!first.published.startsWith(card.published);
	return before
		? `Published before ${registry.publisher(card.publisher).name}'s ${first.familyName}`
		: 'Not rated under a framework';
}

export interface FrameworkMapping {
	/** The framework the mapping is recorded in (the later one, or the one making the crosswalk). */
	recordedIn: Framework;
	from: Framework;
	to: Framework;
	note: string;
	/** Earlier ids of its section on /risk/. */
	anchorAliases: readonly string[];
	mappings: Array<{
		from: string;
		fromLabel: string;
		to?: string;
		toLabel?: string;
		fit: string;
		note: string;
	}>;
}

/** Every documented mapping between two frameworks, in the registry's order. */
export function frameworkMappings(registry: Registry): FrameworkMapping[] {
	return registry.frameworks.flatMap((framework) =>
		framework.lineage.map((line) => {
			const from = registry.get(line.from);
			return {
				recordedIn: framework,
				from,
				to: framework,
				note: line.note,
				anchorAliases: line.anchorAliases,
				mappings: line.mappings.map((mapping) => ({
					from: mapping.from,
					fromLabel: registry.categoryLabel(from, mapping.from),
					...(mapping.to
						? { to: mapping.to, toLabel: registry.categoryLabel(framework, mapping.to) }
						: {}),
					fit: mapping.fit,
					note: mapping.note,
				})),
			};
		}),
	);
}

/** Frameworks in force beside `framework`: those it names in `alongside`, and those that name it. */
export function frameworksAlongside(registry: Registry, framework: Framework): Framework[] {
	return registry.frameworks.filter(
		(other) => framework.alongside.includes(other.id) || other.alongside.includes(framework.id),
	);
}

/**
 * Mappings between versions of one framework (a version and the one it replaces), as opposed to
 * crosswalks between frameworks in force side by side or between labs.
 */
export const isVersionLineage = (mapping: FrameworkMapping): boolean =>
	mapping.to.previous === mapping.from.id;

/** Words for how a category continues: "Same category." or "Approximate." (a dropped one needs none). */
export const MAPPING_FIT_TEXT: Record<string, string> = {
	same: 'Same category. ',
	approximate: 'Approximate. ',
	dropped: '',
};

export interface FrameworkPageData {
	framework: Framework;
	publisherName: string;
	scoringDescription: string;
	legend: string;
	tracked: Framework['categories'];
	research: Framework['categories'];
	previous?: Framework;
	next?: Framework;
	/** Frameworks in force beside this one, whichever of the two names the other. */
	alongside: Framework[];
	/** Cards rated under the framework, newest first, with how many ratings each gives. */
	cards: Array<{ card: Entry<Card>; ratings: number }>;
	mappings: FrameworkMapping[];
}

export function frameworkPageData(catalogue: Catalogue, framework: Framework): FrameworkPageData {
	const { registry } = catalogue;
	const adapter = registry.adapterOf(framework);
	const facts = categoryFacts(catalogue.ratings);
	return {
		framework,
		publisherName: registry.publisher(framework.publisher).name,
		scoringDescription: adapter.description,
		legend: adapter.legend(framework),
		tracked: framework.categories.filter((category) => category.role === 'tracked'),
		research: framework.categories.filter((category) => category.role === 'research'),
		previous: framework.previous ? registry.get(framework.previous) : undefined,
		next: registry.frameworks.find((other) => other.previous === framework.id),
		alongside: frameworksAlongside(registry, framework),
		cards: catalogue.cardsNewestFirst
			.filter((card) => card.data.framework === framework.id)
			.map((card) => ({ card, ratings: facts.filter((fact) => fact.cardId === card.id).length })),
		mappings: frameworkMappings(registry).filter(
			(mapping) => mapping.from === framework || mapping.to === framework,
		),
	};
}

/** /frameworks/: every framework version by publisher, oldest first, with its number of cards. */
export function frameworksIndexData(catalogue: Catalogue) {
	const { registry } = catalogue;
	return {
		publishers: registry.publishers
			.map((publisher) => ({
				publisher,
				frameworks: registry.frameworksOf(publisher.id).map((framework) => ({
					framework,
					cards: catalogue.cards.filter((card) => card.data.framework === framework.id).length,
				})),
			}))
			.filter((entry) => entry.frameworks.length > 0),
		mappings: mappingGroups(registry),
		crosswalk: frameworkCrosswalk(registry),
	};
}

/**
 * The mappings in groups: those between two labs' frameworks first (crosswalks, always
 * approximate), then each publisher's own, so a crosswalk never reads as a lineage of versions.
 */
function mappingGroups(registry: Registry) {
	const all = frameworkMappings(registry);
	const crossLab = all.filter((mapping) => mapping.from.publisher !== mapping.to.publisher);
	return [
		...(crossLab.length > 0
			? [{ id: 'crosswalks', heading: 'Between labs', mappings: crossLab }]
			: []),
		...registry.publishers.flatMap((publisher) => {
			const own = all.filter(
				(mapping) =>
					mapping.to.publisher === publisher.id && mapping.from.publisher === publisher.id,
			);
			return own.length > 0
				? [{ id: `mappings-${publisher.id}`, heading: `Within ${publisher.name}`, mappings: own }]
				: [];
		}),
	];
}

/** One category as the crosswalk shows it: where it sits, who places it there, and why. */
export interface CrosswalkPlacement {
	category: string;
	label: string;
	/** A research category: monitored, not rated. */
	monitored: boolean;
	/** The comparison that places it; none when the placement is our reading. */
	placedBy?: CrosswalkAnchor;
	note?: string;
}

export interface CrosswalkRow {
	framework: Framework;
	/** Per risk domain, in the order of `domains`: the framework's categories in it. */
	cells: CrosswalkPlacement[][];
	/** Categories in no shared domain, such as a safeguard standard. */
	outside: CrosswalkPlacement[];
}

export interface Crosswalk {
	domains: Array<Omit<RiskDomain, 'namedBy'> & { namedBy: CrosswalkAnchor[] }>;
	anchors: readonly CrosswalkAnchor[];
	/** Each publisher's frameworks, oldest first. */
	groups: Array<{ publisherId: string; publisherName: string; rows: CrosswalkRow[] }>;
}

const anchorById = new Map<string, CrosswalkAnchor>(
	CROSSWALK_ANCHORS.map((anchor) => [anchor.id, anchor]),
);

/**
 * Where a category sits in the crosswalk, in words: "In the crosswalk: Cyber offense (approximate;
 * our reading)." Nothing for a category outside the shared domains.
 */
export function crosswalkPlacementText(category: Framework['categories'][number]): string {
	if (category.domains.length === 0) return '';
	const labels = category.domains.map(
		(id) => RISK_DOMAINS.find((domain) => domain.id === id)!.label,
	);
	const placedBy = category.domainsPlacedBy ? anchorById.get(category.domainsPlacedBy) : undefined;
	return `In the crosswalk: ${labels.join(' and ')} (approximate; ${placementSourceText(placedBy)}).`;
}

/** Who places a category in its domain: "placed by the EA Forum comparison", or "our reading". */
export const placementSourceText = (placedBy: CrosswalkAnchor | undefined): string =>
	placedBy ? `placed by ${placedBy.shortName}` : 'our reading';

/**
 * Every framework version set against the shared risk domains: which of its categories fall in
 * each. Every placement is approximate, since no lab maps its framework onto another's.
 */
export function frameworkCrosswalk(registry: Registry): Crosswalk {
	const placement = (category: Framework['categories'][number]): CrosswalkPlacement => ({
		category: category.id,
		label: category.label,
		monitored: category.role === 'research',
		...(category.domainsPlacedBy ? { placedBy: anchorById.get(category.domainsPlacedBy)! } : {}),
		...(category.domainsNote ? { note: category.domainsNote } : {}),
	});
	return {
		domains: RISK_DOMAINS.map((domain) => ({
			...domain,
			namedBy: domain.namedBy.map((id) => anchorById.get(id)!),
		})),
		anchors: CROSSWALK_ANCHORS,
		groups: registry.publishers
			.map((publisher) => ({
				publisherId: publisher.id,
				publisherName: publisher.name,
				rows: registry.frameworksOf(publisher.id).map((framework) => ({
					framework,
					cells: RISK_DOMAINS.map((domain) =>
						framework.categories
							.filter((category) => (category.domains as readonly string[]).includes(domain.id))
							.map(placement),
					),
					outside: framework.categories
						.filter((category) => category.domains.length === 0)
						.map(placement),
				})),
			}))
			.filter((group) => group.rows.length > 0),
	};
}
