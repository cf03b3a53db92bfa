import { actions } from 'astro:actions';
import { useState } from 'preact/hooks';
import { localePath } from '@/i18n/locale-path';
import { migrationStrings } from '@/i18n/user-migration';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';
import BulkFlow from './BulkFlow';
import BulkProgress from './BulkProgress';
import { usePreviewFlow } from './hooks/use-preview-flow';
import { useSelection } from './hooks/use-selection';
import MigrationHistory from './MigrationHistory';
import MigrationList from './MigrationList';
import MigrationPreviewStep, { type MigrationPreview } from './MigrationPreviewStep';
import MigrationTarget, { type MigrationMode } from './MigrationTarget';
import { useMigrationData } from './use-migration-data';
import './bulk-forms.css';

type Confirmed = Awaited<ReturnType<typeof actions.bulk.migration.confirm.orThrow>>;

/** Associated users of a service → select (page or all across pages) → destination and mode → preview → confirm → progress and summary (BulkFlow); with the service's history. */
export default function UserMigrationForm({
  lang,
  services,
  initialService,
  pageSize = 25,
}: {
  lang: Lang;
  services: { id: number; name: string }[];
  initialService?: number;
  pageSize?: number;
}) {
  const t = migrationStrings.in(lang);
  const [origin, setOrigin] = useState<number>(initialService ?? services[0]?.id ?? 0);
  const [q, setQ] = useState('');
  const [destination, setDestination] = useState<number>(0);
  const [mode, setMode] = useState<MigrationMode>('permanent');
  const sel = useSelection<number>();
  const flow = usePreviewFlow<MigrationPreview, Confirmed>();
  const { pages, history, timeZone, refresh } = useMigrationData(lang, origin, q, pageSize);

  const changed = () => {
    if (!flow.started) flow.back();
  };
  const startOver = () => {
    sel.clear();
    flow.reset();
  };
  /** The job ended: moved users leave the list (and the selection), the history shows them. */
  const ended = () => {
    flow.finished();
    sel.clear();
    refresh();
  };
  const input = () => ({
    originServiceId: origin,
    destinationServiceId: destination,
    mode,
    userIds: sel.all ? [] : [...sel.ids],
    all: sel.all,
    q: sel.all ? q : '',
  });
  const runPreview = (e: Event) => {
    e.preventDefault();
    return flow.runPreview(() => callAction(actions.bulk.migration.preview, input(), lang));
  };
  const confirm = () => flow.confirm(() => callAction(actions.bulk.migration.confirm, input(), lang));
  const destName = services.find((s) => s.id === destination)?.name ?? '';

  return (
    <BulkFlow
      flow={flow}
      class="omni-tool omni-bulk-form bulk-form bulk-migration"
      errorClass="bulk-error omni-error"
      head={
        <MigrationList
          {...{ lang, services, origin, q, setQ, pages, pageSize, sel, changed }}
          setOrigin={(id) => {
            setOrigin(id);
            startOver();
          }}
        />
      }
      choices={
        <MigrationTarget
          {...{ lang, services, origin, destination, setDestination, mode, setMode, runPreview, changed }}
          ready={sel.count(pages.total) > 0 && destination > 0 && !flow.busy}
        />
      }
      preview={(p) => <MigrationPreviewStep lang={lang} preview={p} busy={flow.busy} confirm={confirm} back={flow.back} />}
      progress={(c) => (
        <section class="bulk-run">
          {flow.state === 'running' && <p>{t('started')}</p>}
          <BulkProgress
            requestId={c.requestId}
            lang={lang}
            onEnd={ended}
            summary={{
              counts: (moved, failed) => t('summaryCounts', { moved, failed }),
              newLabel: t('newMigration'),
              onNew: startOver,
              links: destination
                ? [{ href: localePath(lang, `/bulk/migrate/?service=${destination}`), label: t('seeDestination', { service: destName }) }]
                : [],
            }}
          />
        </section>
      )}
      tail={<MigrationHistory lang={lang} history={history} timeZone={timeZone} refresh={refresh} />}
    />
  );
}
