import { searchStrings } from '@/i18n/search';
import type { Lang } from '@/i18n/ui';
import type { ResultGroup } from './result-items';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const decode = (s: string) => s.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => entities[e]!);

/** Pagefind's excerpt keeps only its `<mark>` tags; anything else is shown as text. */
function excerptNode(excerpt: string): HTMLElement {
  const span = el('span', 'omni-sr-excerpt');
  let marked = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) span.append(marked ? el('mark', '', decode(part)) : decode(part));
  }
  return span;
}

/**
 * Fills the listbox with the groups' results as options (links, so that a result also opens with
 * a middle click) and returns them in order, for keyboard navigation.
 */
export function renderResults(listbox: HTMLElement, groups: ResultGroup[], pageLang: Lang): HTMLAnchorElement[] {
  const options: HTMLAnchorElement[] = [];
  const nodes: HTMLElement[] = [];
  groups.forEach((g, gi) => {
    let parent: HTMLElement = listbox;
    if (g.heading) {
      const group = el('div', 'omni-sr-group');
      group.setAttribute('role', 'group');
      const heading = el('div', 'omni-sr-heading', g.heading);
      heading.id = `omni-sr-g${gi}`;
      group.setAttribute('aria-labelledby', heading.id);
      group.append(heading);
      if (g.note) group.append(el('div', 'omni-sr-note', g.note));
      nodes.push(group);
      parent = group;
    }
    for (const item of g.items) {
      const a = el('a', 'omni-sr');
      a.href = item.section ? `${item.url}#${item.section.id}` : item.url;
      a.dataset.match = item.match;
      a.id = `omni-sr-${options.length}`;
      a.tabIndex = -1;
      a.setAttribute('role', 'option');
      a.setAttribute('aria-selected', 'false');
      if (item.lang !== pageLang) a.hreflang = item.lang;
      a.append(el('span', 'omni-sr-title', item.title));
      if (item.section) a.append(el('span', 'omni-sr-section', `${searchStrings.t(pageLang, 'section')}: ${item.section.title}`));
      if (item.labels.length) a.append(el('span', 'omni-sr-labels', item.labels.join(' · ')));
      if (item.symptom) {
        const s = el('span', 'omni-sr-symptom');
        s.append(el('strong', '', `${searchStrings.t(pageLang, 'symptom')}: `), item.symptom);
        a.append(s);
      } else a.append(excerptNode(item.excerpt));
      options.push(a);
      if (parent === listbox) nodes.push(a);
      else parent.append(a);
    }
  });
  listbox.replaceChildren(...nodes);
  return options;
}
