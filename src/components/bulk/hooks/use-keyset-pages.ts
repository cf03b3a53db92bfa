import { useEffect, useRef, useState } from 'preact/hooks';
import type { Outcome } from './use-preview-flow';

/** One page of a list endpoint: its rows, the cursor of the page after it (null on the last) and how many match in all. */
export interface KeysetPage<Row, Cursor> {
  rows: Row[];
  next: Cursor | null;
  total: number;
}

/**
 * Keyset paging over a list endpoint: keeps the cursors of the pages visited (so "previous" and
 * "first" need no offsets), reloads from the first page whenever `deps` change, ignores answers
 * that arrive after a newer request, and keeps the server's refusal as its error message.
 */
export function useKeysetPages<Row, Cursor>(
  fetchPage: (cursor: Cursor | undefined) => Promise<Outcome<KeysetPage<Row, Cursor>>>,
  deps: unknown[],
  enabled = true,
) {
  const [rows, setRows] = useState<Row[]>([]);
  const [total, setTotal] = useState(0);
  const [next, setNext] = useState<Cursor | null>(null);
  const [stack, setStack] = useState<(Cursor | undefined)[]>([undefined]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const seq = useRef(0);

  const load = async (newStack: (Cursor | undefined)[]) => {
    const mine = ++seq.current;
    setLoading(true);
    setError(null);
    const r = await fetchRef.current(newStack[newStack.length - 1]);
    if (mine !== seq.current) return;
    setLoading(false);
    if (!r.ok) return setError(r.error);
    setRows(r.data.rows);
    setTotal(r.data.total);
    setNext(r.data.next);
    setStack(newStack);
  };

  useEffect(() => {
    if (enabled) void load([undefined]);
    else {
      seq.current++;
      setRows([]);
      setTotal(0);
      setNext(null);
      setStack([undefined]);
    }
  }, [enabled, ...deps]);

  return {
    rows,
    total,
    loading,
    error,
    /** 1-based number of the page shown. */
    page: stack.length,
    hasNext: next !== null,
    hasPrev: stack.length > 1,
    first: () => load([undefined]),
    nextPage: () => (next !== null ? load([...stack, next]) : Promise.resolve()),
    prevPage: () => (stack.length > 1 ? load(stack.slice(0, -1)) : Promise.resolve()),
    /** Reloads the page shown (after a job changed the data). */
    reload: () => load(stack),
  };
}
