/**
 * Puts the escalation block right under the article's "Quando escalar" / "When to escalate"
 * heading (it is rendered at the end of the article, where a page without the heading keeps it).
 */
export function placeEscalateSlot(doc: Document): void {
  const slot = doc.querySelector<HTMLElement>('[data-escalate-slot]');
  const heading = doc.getElementById('quando-escalar') ?? doc.getElementById('when-to-escalate');
  if (!slot || !heading) return;
  const anchor = heading.closest('.sl-heading-wrapper') ?? heading;
  anchor.after(slot);
}
