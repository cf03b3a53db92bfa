import { useState } from 'preact/hooks';

/**
 * A selection that survives page changes: either some ids (ticked one by one or a page at a
 * time), or "everything the filter matches" minus the ids unticked since.
 */
export function useSelection<Id>() {
  const [all, setAll] = useState(false);
  /** Ticked ids; with `all`, the unticked ones. */
  const [ids, setIds] = useState<Set<Id>>(new Set());
  const isChecked = (id: Id) => (all ? !ids.has(id) : ids.has(id));
  return {
    all,
    /** Ids ticked (without `all`). */
    ids: all ? new Set<Id>() : ids,
    /** Ids unticked after "select all". */
    excluded: all ? ids : new Set<Id>(),
    isChecked,
    /** How many are selected when `total` match the filter. */
    count: (total: number) => (all ? Math.max(0, total - ids.size) : ids.size),
    toggle: (id: Id) => {
      const nextIds = new Set(ids);
      if (nextIds.has(id)) nextIds.delete(id);
      else nextIds.add(id);
      setIds(nextIds);
    },
    /** Ticks every id of the page shown (keeps what other pages had ticked). */
    addPage: (page: Id[]) => {
      if (all) setIds(new Set([...ids].filter((id) => !page.includes(id))));
      else setIds(new Set([...ids, ...page]));
    },
    selectAll: () => {
      setAll(true);
      setIds(new Set());
    },
    clear: () => {
      setAll(false);
      setIds(new Set());
    },
  };
}

export type Selection<Id> = ReturnType<typeof useSelection<Id>>;
