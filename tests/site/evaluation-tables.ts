/** Reads every evaluation table on a card page as { columns, rows }, footnote markers removed. */
import type { Page } from 'playwright-core';

export type EvaluationTables = Record<string, { columns: string[]; rows: Record<string, string[]> }>;

export function readEvaluationTables(page: Page): Promise<EvaluationTables> {
	return page.evaluate(() => {
		const text = (element: Element) => {
			const clone = element.cloneNode(true) as HTMLElement;
			clone.querySelectorAll('sup').forEach((sup) => sup.remove());
			return [...clone.childNodes].map((node) => node.textContent!.trim()).filter(Boolean).join(' ').replace(/\s+/g, ' ');
		};
		return Object.fromEntries(
			[...document.querySelectorAll('section.evaluation')].map((section) => [
				section.id.replace(/^eval-/, ''),
				{
					columns: [...section.querySelectorAll('thead th')].slice(1).map(text),
					rows: Object.fromEntries([...section.querySelectorAll('tbody tr')].map((tr) => [text(tr.children[0]!), [...tr.children].slice(1).map(text)])),
				},
			]),
		);
	});
}
