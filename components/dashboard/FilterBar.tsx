import { plural, t } from '../i18n';
import type { EventFilter } from '@/lib/dashboard';

export interface FilterBarProps {
  filter: EventFilter;
  places: string[];
  actors: string[];
  shown: number;
  total: number;
  onChange(f: EventFilter): void;
}

/** Search by place and actor, a date range, and "has conflicts". */
export function FilterBar({ filter, places, actors, shown, total, onChange }: FilterBarProps) {
  const set = (patch: Partial<EventFilter>) => onChange({ ...filter, ...patch });
  return (
    <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('dash_place')}
        <input
          type="search"
          list="place-choices"
          value={filter.place ?? ''}
          placeholder="Gao, Boulkessi…"
          onInput={(e) => set({ place: e.currentTarget.value })}
          data-filter="place"
        />
      </label>
      <datalist id="place-choices">
        {places.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <label>
        {t('dash_actor')}
        <input
          type="search"
          list="actor-choices"
          value={filter.actor ?? ''}
          placeholder="JNIM, FAMa…"
          onInput={(e) => set({ actor: e.currentTarget.value })}
          data-filter="actor"
        />
      </label>
      <datalist id="actor-choices">
        {actors.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      <label>
        {t('dash_from')}
        <input
          type="date"
          value={filter.from ?? ''}
          onInput={(e) => set({ from: e.currentTarget.value || undefined })}
          data-filter="from"
        />
      </label>
      <label>
        {t('dash_to')}
        <input
          type="date"
          value={filter.to ?? ''}
          onInput={(e) => set({ to: e.currentTarget.value || undefined })}
          data-filter="to"
        />
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={!!filter.conflictsOnly}
          onChange={(e) => set({ conflictsOnly: e.currentTarget.checked })}
          data-filter="conflicts"
        />
        {t('dash_hasConflicts')}
      </label>
      <span class="shown" aria-live="polite">
        {shown === total ? plural('dash_events', total) : t('dash_shownOf', shown, total)}
      </span>
    </form>
  );
}
