import { migrationStrings } from '@/i18n/user-migration';
import type { Lang } from '@/i18n/ui';

/** How the users are moved: for good, or until the start of the next day. */
export type MigrationMode = 'permanent' | 'temporary';

interface Props {
  lang: Lang;
  services: { id: number; name: string }[];
  origin: number;
  destination: number;
  setDestination: (id: number) => void;
  mode: MigrationMode;
  setMode: (m: MigrationMode) => void;
  /** Preview may be asked (someone selected, a destination chosen, nothing on its way). */
  ready: boolean;
  runPreview: (e: Event) => void;
  changed: () => void;
}

/** The migration's destination and mode, and Preview. */
export default function MigrationTarget({ lang, services, origin, destination, setDestination, mode, setMode, ready, runPreview, changed }: Props) {
  const t = migrationStrings.in(lang);
  const pickMode = (m: MigrationMode) => () => {
    setMode(m);
    changed();
  };
  return (
    <form class="bulk-fields bulk-target" onSubmit={runPreview}>
      <label class="omni-field">
        {t('destination')}
        <select
          name="destination"
          value={destination}
          onChange={(e) => {
            setDestination(Number((e.target as HTMLSelectElement).value));
            changed();
          }}
        >
          <option value={0}>{t('choose')}</option>
          {services
            .filter((x) => x.id !== origin)
            .map((x) => (
              <option value={x.id}>{x.name}</option>
            ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('mode')}</legend>
        <label class="omni-check">
          <input type="radio" name="mode" value="permanent" checked={mode === 'permanent'} onChange={pickMode('permanent')} /> {t('permanent')}
        </label>
        <label class="omni-check">
          <input type="radio" name="mode" value="temporary" checked={mode === 'temporary'} onChange={pickMode('temporary')} /> {t('temporary')}
        </label>
      </fieldset>
      <div class="omni-actions bulk-submit">
        <button type="submit" disabled={!ready}>
          {t('preview')}
        </button>
      </div>
    </form>
  );
}
