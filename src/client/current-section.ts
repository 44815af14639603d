/**
 * "On this page" marks the section being read: the last heading above the top third of the
 * window. Loaded on card pages only, as an enhancement; without it the list works as before.
 */
export function installCurrentSection(document: Document): void {
	const links = new Map<string, HTMLAnchorElement>();
	for (const link of document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]'))
		links.set(decodeURIComponent(link.hash.slice(1)), link);
	const headings = [...links.keys()].flatMap((id) => document.getElementById(id) ?? []);
	if (headings.length === 0) return;
	let current: HTMLAnchorElement | undefined;
	const update = () => {
		const line = window.innerHeight / 3;
		let reading = headings[0]!;
		for (const heading of headings)
			if (heading.getBoundingClientRect().top <= line) reading = heading;
		const link = links.get(reading.id);
		if (link === current) return;
		current?.removeAttribute('aria-current');
		link?.setAttribute('aria-current', 'location');
		current = link;
	};
	let pending = false;
	addEventListener(
		'scroll',
		() => {
			if (pending) return;
			pending = true;
			requestAnimationFrame(() => ((pending = false), update()));
		},
		{ passive: true },
	);
	update();
}
