/**
 * Wires the copy buttons of the lines for the call (TellCustomer.astro): each button copies the
 * text of the element its `data-copy` names and says so in the status beside it (a live region,
 * so a screen reader hears it). Buttons are rendered hidden and shown here, once they work.
 */
export function wireCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const source = document.getElementById(button.dataset.copy ?? '');
    const status = button.parentElement?.querySelector<HTMLElement>('[data-copied]');
    if (!source) continue;
    button.hidden = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    button.addEventListener('click', async () => {
      const text = source.textContent?.trim() ?? '';
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        // No clipboard API (plain http, older browser): select the text so Ctrl+C copies it.
        const range = document.createRange();
        range.selectNodeContents(source);
        const selection = getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        document.execCommand('copy');
      }
      if (status) {
        status.textContent = status.dataset.copied ?? '';
        clearTimeout(timer);
        timer = setTimeout(() => (status.textContent = ''), 3000);
      }
    });
  }
}
