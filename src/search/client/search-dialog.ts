import { searchStrings } from '@/i18n/search';
import type { Lang } from '@/i18n/ui';
import { searchBoth, type SearchOutcome } from '../search-both';
import { InsightsRecorder } from './insights-client';
import { rememberQuery } from '../../components/escalations/session-memory';
import { openEngine, type BrowserEngine } from './pagefind-engine';
import { renderResults } from './render-results';
import { resultGroups } from './result-items';

/**
 * `<omni-search>`: the header's search button and our modal search dialog. A native `<dialog>`
 * opened with showModal() keeps focus inside and closes on Escape; the input is a combobox whose
 * listbox holds the results (↑/↓ move, Enter opens). Searches run in the browser on the static
 * Pagefind indexes, the newest keystroke winning; the dialog dispatches `omni-search:rendered`
 * with `{ query, count }` after each render.
 */
export class SearchDialog extends HTMLElement {
  private pageLang: Lang = 'pt-BR';
  private dialog!: HTMLDialogElement;
  private input!: HTMLInputElement;
  private listbox!: HTMLElement;
  private status!: HTMLElement;
  private correction!: HTMLElement;
  private noCover!: HTMLElement;
  private openButton!: HTMLButtonElement;
  private options: HTMLAnchorElement[] = [];
  private active = -1;
  private seq = 0;
  private engines: Promise<Record<Lang, BrowserEngine>> | undefined;
  private recorder!: InsightsRecorder;
  /** The outcome behind the rendered results (read by the browser tests and the benchmark). */
  lastOutcome: SearchOutcome | undefined;

  connectedCallback(): void {
    this.pageLang = this.dataset.lang === 'en' ? 'en' : 'pt-BR';
    this.recorder = new InsightsRecorder(this.pageLang);
    this.dialog = this.querySelector('dialog')!;
    this.input = this.querySelector('input')!;
    this.listbox = this.querySelector('[role="listbox"]')!;
    this.status = this.querySelector('[data-status]')!;
    this.correction = this.querySelector('[data-correction]')!;
    this.noCover = this.querySelector('[data-nocover]')!;
    this.openButton = this.querySelector('button[data-open]')!;

    this.openButton.addEventListener('click', () => this.open());
    this.openButton.disabled = false;
    this.querySelector('button[data-close]')!.addEventListener('click', () => this.dialog.close());
    this.dialog.addEventListener('click', (e) => e.target === this.dialog && this.dialog.close());
    this.dialog.addEventListener('close', () => this.onClose());
    this.input.addEventListener('input', () => void this.run());
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.listbox.addEventListener('click', (e) => {
      const option = (e.target as Element).closest<HTMLAnchorElement>('a[role="option"]');
      if (!option) return;
      this.recorder.opened(this.input.value);
      rememberQuery(this.input.value, option.href); // the escalation form offers the query that led here
    });
    window.addEventListener('keydown', (e) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        if (this.dialog.open) this.dialog.close();
        else this.open();
      }
    });
  }

  private open(): void {
    this.dialog.showModal();
    document.body.toggleAttribute('data-search-modal-open', true);
    this.input.focus();
    this.input.select();
    if (this.dataset.dev !== undefined) {
      this.status.textContent = searchStrings.t(this.pageLang, 'unavailable');
      return;
    }
    if (!this.engines) {
      this.status.textContent = searchStrings.t(this.pageLang, 'loading');
      const other: Lang = this.pageLang === 'en' ? 'pt-BR' : 'en';
      this.engines = Promise.all([openEngine(this.pageLang, true), openEngine(other, false)]).then(
        ([own, foreign]) => ({ [this.pageLang]: own, [other]: foreign }) as Record<Lang, BrowserEngine>,
      );
      this.engines.then(
        () => {
          if (this.status.textContent === searchStrings.t(this.pageLang, 'loading')) this.status.textContent = '';
          if (this.input.value.trim()) void this.run();
        },
        (e: unknown) => {
          console.error('[search]', e);
          this.engines = undefined;
          this.status.textContent = searchStrings.t(this.pageLang, 'failed');
        },
      );
    }
  }

  private onClose(): void {
    document.body.toggleAttribute('data-search-modal-open', false);
    this.recorder.flush();
    this.openButton.focus();
  }

  private async run(): Promise<void> {
    const seq = ++this.seq;
    const query = this.input.value;
    if (!query.trim()) return this.show(seq, query, [], undefined);
    if (!this.engines) return;
    let engines: Record<Lang, BrowserEngine>;
    try {
      engines = await this.engines;
    } catch {
      return;
    }
    const other: Lang = this.pageLang === 'en' ? 'pt-BR' : 'en';
    const outcome = await searchBoth(query, engines[this.pageLang], engines[other]);
    if (seq !== this.seq) return;
    this.lastOutcome = outcome;
    const groups = await resultGroups(outcome, engines, query, this.pageLang);
    const corrected = outcome.primary.corrected ?? outcome.foreign?.corrected;
    this.show(seq, query, groups, corrected, outcome.primary.strong || Boolean(outcome.foreign?.strong));
  }

  /**
   * Renders the results. With results but no strong one, the dialog says that no article covers
   * the query and lists the results under "Maybe"; such a query is recorded with 0 strong results,
   * a gap on the insights page.
   */
  private show(seq: number, query: string, groups: Awaited<ReturnType<typeof resultGroups>>, corrected: string | undefined, strong = false): void {
    if (seq !== this.seq) return;
    this.options = renderResults(this.listbox, groups, this.pageLang);
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    this.input.setAttribute('aria-expanded', String(this.options.length > 0));
    this.correction.hidden = !corrected;
    this.correction.replaceChildren(
      ...(corrected ? [`${searchStrings.t(this.pageLang, 'showingFor')} `, Object.assign(document.createElement('strong'), { textContent: corrected })] : []),
    );
    const n = this.options.length;
    const q = query.trim();
    const uncovered = n > 0 && !strong;
    this.noCover.hidden = !uncovered;
    const l = this.pageLang;
    this.status.textContent = !q
      ? ''
      : n === 0
        ? searchStrings.t(l, 'none', { q })
        : uncovered
          ? n === 1
            ? searchStrings.t(l, 'noArticleStatusOne', { q })
            : searchStrings.t(l, 'noArticleStatus', { n, q })
          : n === 1
            ? searchStrings.t(l, 'oneResult', { q })
            : searchStrings.t(l, 'results', { n, q });
    this.listbox.dataset.query = query;
    if (q) this.recorder.searched(q, n, this.options.filter((o) => o.dataset.match === 'strong').length);
    this.dispatchEvent(new CustomEvent('omni-search:rendered', { bubbles: true, detail: { query, count: n } }));
  }

  private onKey(e: KeyboardEvent): void {
    const n = this.options.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!n) return;
      e.preventDefault();
      this.select(e.key === 'ArrowDown' ? (this.active + 1) % n : (this.active - 1 + n) % n);
    } else if (e.key === 'Enter') {
      const target = this.options[this.active] ?? this.options[0];
      if (!target) return;
      e.preventDefault();
      this.recorder.opened(this.input.value);
      rememberQuery(this.input.value, target.href);
      window.location.assign(target.href);
    }
  }

  private select(i: number): void {
    this.options[this.active]?.setAttribute('aria-selected', 'false');
    this.active = i;
    const option = this.options[i]!;
    option.setAttribute('aria-selected', 'true');
    this.input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }
}
