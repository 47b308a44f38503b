import { useState } from 'preact/hooks';
import type { RemovedItem, RemovedKind } from '../../core/types';
import type { MessageKey, Translate } from '../i18n';

/** Each kind of removal, named for a reader, in the order the summary lists them. */
export const REMOVED_KIND_LABELS: Record<RemovedKind, MessageKey> = {
  promo: 'removedKindPromo',
  ad: 'removedKindAd',
  related: 'removedKindRelated',
  share: 'removedKindShare',
  tags: 'removedKindTags',
  comments: 'removedKindComments',
  boilerplate: 'removedKindBoilerplate',
};

/** How many items of each kind, most frequent first (ties in the table's order). */
export function countByKind(removed: readonly RemovedItem[]): { kind: RemovedKind; count: number }[] {
  const order = Object.keys(REMOVED_KIND_LABELS) as RemovedKind[];
  const counts = new Map<RemovedKind, number>();
  for (const item of removed) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  return [...counts]
    .map(([kind, count]) => ({ kind, count }))
    .sort((a, b) => b.count - a.count || order.indexOf(a.kind) - order.indexOf(b.kind));
}

interface RemovedListProps {
  t: Translate;
  removed: readonly RemovedItem[];
  /** The article's language: the removed texts are the page's words, spoken in it. */
  lang: string;
}

/**
 * "What was removed": every item the cleaning took out, with its kind and the rule that matched, collapsed
 * by default (a native <details>, so it opens with Enter or Space and says whether it is expanded). The list
 * is built only once opened: until then the removed words are not in the reader at all, not even hidden.
 */
export function RemovedList({ t, removed, lang }: RemovedListProps) {
  const [open, setOpen] = useState(false);
  const counts = countByKind(removed);
  return (
    <details class="removed" onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        <span class="removed-title">{t('removedHeading', [String(removed.length)])}</span>
        {counts.length > 0 && (
          <span class="removed-counts">
            {counts.map(({ kind, count }, i) => (
              <span key={kind} class="removed-count" data-kind={kind}>
                {i > 0 && <span aria-hidden="true"> · </span>}
                {t('removedKindCount', [String(count), t(REMOVED_KIND_LABELS[kind])])}
              </span>
            ))}
          </span>
        )}
      </summary>
      {!open ? null : removed.length === 0 ? (
        <p class="removed-none">{t('removedNone')}</p>
      ) : (
        <>
          <p class="removed-note">{t('removedNote')}</p>
          <ol class="removed-list">
            {removed.map((item, i) => (
              <li key={i} class="removed-item" data-kind={item.kind}>
                <span class="removed-kind">{t(REMOVED_KIND_LABELS[item.kind])}</span>
                {item.text
                  ? <q class="removed-text" lang={lang}>{item.text}</q>
                  : <span class="removed-text removed-empty">{t('removedEmpty')}</span>}
                <span class="removed-rule">{t('removedRule', [item.rule])}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </details>
  );
}
