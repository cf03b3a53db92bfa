import { useState } from 'preact/hooks';
import { schedulerText } from '@/i18n/admin-scheduler';
import type { Lang } from '@/i18n/ui';

/** Copies `text` to the clipboard (falling back to selecting it where the clipboard API is unavailable). */
export default function CopyButton({ lang, text, label }: { lang: Lang; text: string; label?: string }) {
  const st = schedulerText.in(lang);
  const [done, setDone] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const area = document.createElement('textarea');
      area.value = text;
      document.body.append(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    setDone(true);
    setTimeout(() => setDone(false), 2000);
  }
  return (
    <button type="button" class="omni-secondary" onClick={copy} aria-label={label ? `${st('copy')}: ${label}` : undefined}>
      {st(done ? 'copied' : 'copy')}
    </button>
  );
}
