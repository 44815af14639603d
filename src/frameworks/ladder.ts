/** Small helpers the scoring adapters share for reading a framework's steps. */
import type { FrameworkStep } from './schema.ts';
import type { Badge } from './types.ts';

/** `"a", "b", "c"`: allowed values as messages list them. */
export const quoted = (values: readonly string[]): string =>
	values.map((value) => `"${value}"`).join(', ');

export const idsOf = (steps: readonly { id: string }[]): [string, ...string[]] =>
	steps.map((step) => step.id) as [string, ...string[]];

/** The step with this id; the schema has already checked that it exists. */
export function stepIn<Step extends FrameworkStep>(steps: readonly Step[], id: string): Step {
	const step = steps.find((candidate) => candidate.id === id);
	if (!step)
		throw new Error(
			`No step "${id}" among ${quoted(steps.map((candidate) => candidate.id))}: the rating schema should have rejected it`,
		);
	return step;
}

/** Every step up to and including `id`, lowest first: what a rating at `id` counts as reaching. */
export function stepsUpTo(steps: readonly FrameworkStep[], id: string): FrameworkStep[] {
	return steps.slice(0, steps.indexOf(stepIn(steps, id)) + 1);
}

export const badgeOf = (
	step: FrameworkStep,
	hidden: Pick<Badge, 'hiddenBefore' | 'hiddenAfter'> = {},
): Badge => ({ label: step.label, tone: step.tone, ...hidden });
