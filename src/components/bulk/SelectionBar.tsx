import type { Selection } from './hooks/use-selection';

/** The texts of a selection bar, in the page's language. */
export interface SelectionLabels {
  selectPage: string;
  selectAll: string;
  clear: string;
  /** What is selected now ("12 selecionados", "Todos os 40…"). */
  status: string;
}

/**
 * Select the page shown, everything the filter matches, or nothing; and how many are selected
 * (announced as it changes). `changed` hears every change (the preview is then stale).
 */
export default function SelectionBar<Id>({
  sel,
  pageIds,
  total,
  labels,
  changed,
  statusClass = 'bulk-selected',
}: {
  sel: Selection<Id>;
  pageIds: Id[];
  total: number;
  labels: SelectionLabels;
  changed: () => void;
  statusClass?: string;
}) {
  const act = (f: () => void) => () => {
    f();
    changed();
  };
  return (
    <div class="omni-actions bulk-selection">
      <button type="button" class="omni-secondary bulk-select-page" disabled={pageIds.length === 0} onClick={act(() => sel.addPage(pageIds))}>
        {labels.selectPage}
      </button>
      <button type="button" class="omni-secondary bulk-select-all" disabled={total === 0} onClick={act(sel.selectAll)}>
        {labels.selectAll}
      </button>
      <button type="button" class="omni-secondary" onClick={act(sel.clear)}>
        {labels.clear}
      </button>
      <span class={statusClass} data-testid="selected" role="status">
        {labels.status}
      </span>
    </div>
  );
}
