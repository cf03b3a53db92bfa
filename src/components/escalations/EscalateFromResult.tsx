import { useEffect, useRef, useState } from 'preact/hooks';
import { escalationStrings } from '@/i18n/escalations';
import type { Lang } from '@/i18n/ui';
import { openEscalation, sectionOf } from './session-memory';

/**
 * "Escalar" beside a red live-check result: shown only on a page that has the escalation form (a
 * troubleshooting article), it opens that form at the section the check sits in.
 */
export default function EscalateFromResult({ lang }: { lang: Lang }) {
  const [offered, setOffered] = useState(false);
  const here = useRef<HTMLParagraphElement>(null);
  useEffect(() => setOffered(Boolean(document.querySelector('[data-escalate-slot]'))), []);
  return (
    <p ref={here} class="omni-escalate-from-result" hidden={!offered}>
      <button type="button" data-escalate-result onClick={() => openEscalation(sectionOf(here.current))}>
        {escalationStrings.t(lang, 'escalate')}
      </button>
    </p>
  );
}
