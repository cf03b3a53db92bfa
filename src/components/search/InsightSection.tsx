import type { ComponentChildren } from 'preact';

/**
 * One list of the search insights page: heading, an optional intro, the empty text, or a table with
 * its column headers and rows. The table scrolls sideways on a phone, so it takes focus: the keyboard
 * can scroll it too. `id` names the heading and the table (`data-list`).
 */
export function InsightSection(p: { id: string; title: string; intro?: string; empty: string; headers: string[]; count: number; children: ComponentChildren }) {
  return (
    <section aria-labelledby={p.id}>
      <h2 id={p.id}>{p.title}</h2>
      {p.intro && <p>{p.intro}</p>}
      {p.count === 0 ? (
        <p>{p.empty}</p>
      ) : (
        <table data-list={p.id} tabIndex={0} aria-labelledby={p.id}>
          <thead>
            <tr>
              {p.headers.map((h) => (
                <th>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>{p.children}</tbody>
        </table>
      )}
    </section>
  );
}
