import type { Translate } from '../i18n';

export type ReadAloudStatus =
  | { state: 'idle' | 'error' }
  | { state: 'playing' | 'paused'; /** 1-based block being read, of `total`. */ block: number; total: number };

interface ReadAloudControlsProps {
  status: ReadAloudStatus;
  t: Translate;
  /** Absent where the browser can't speak: the controls say so instead. */
  actions?: { play(): void; pause(): void; stop(): void };
}

/**
 * Play/pause and stop for reading the article aloud, with where it is. While reading or paused the bar floats
 * at the bottom of the reader, so pause and stop stay in reach however far the text has scrolled.
 */
export function ReadAloudControls({ status, t, actions }: ReadAloudControlsProps) {
  if (!actions) {
    return <p class="read-aloud read-aloud-unavailable">{t('readAloudUnavailable')}</p>;
  }
  const active = status.state === 'playing' || status.state === 'paused';
  const playing = status.state === 'playing';
  const playLabel = playing ? t('readAloudPause') : status.state === 'paused' ? t('readAloudResume') : t('readAloudPlay');
  return (
    <div class={`read-aloud${active ? ' read-aloud-active' : ''}`} role="group" aria-label={t('readAloudControls')} data-state={status.state}>
      <button type="button" class="read-aloud-play" onClick={playing ? actions.pause : actions.play} aria-pressed={playing}>
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playLabel}
      </button>
      {active && (
        <button type="button" class="read-aloud-stop" onClick={actions.stop}>
          <span aria-hidden="true">■</span> {t('readAloudStop')}
        </button>
      )}
      {active && (
        <span class="read-aloud-progress">
          {t(status.state === 'playing' ? 'readAloudProgress' : 'readAloudPaused', [String(status.block), String(status.total)])}
        </span>
      )}
      {status.state === 'error' && <span class="read-aloud-error" role="alert">{t('readAloudFailed')}</span>}
    </div>
  );
}
