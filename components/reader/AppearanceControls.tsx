import type { MessageKey, Translate } from '../i18n';
import {
  FONT_CHOICES, LINE_HEIGHT_CHOICES, MAX_TEXT_SCALE, MIN_TEXT_SCALE, THEME_CHOICES, WIDTH_CHOICES, formatTextScale, stepTextScale,
  type ReaderAppearance,
} from './appearance';

/** Each choice's label: one message per value, so both languages name every option. */
export const CHOICE_LABELS = {
  theme: { auto: 'themeAuto', light: 'themeLight', sepia: 'themeSepia', dark: 'themeDark' },
  font: { serif: 'fontSerif', sans: 'fontSans', mono: 'fontMono', system: 'fontSystem' },
  width: { narrow: 'widthNarrow', medium: 'widthMedium', wide: 'widthWide' },
  lineHeight: { compact: 'lineHeightCompact', normal: 'lineHeightNormal', relaxed: 'lineHeightRelaxed' },
} as const satisfies { [K in 'theme' | 'font' | 'width' | 'lineHeight']: Record<ReaderAppearance[K], MessageKey> };

type ChoiceField = keyof typeof CHOICE_LABELS;

const CHOICES: { [K in ChoiceField]: readonly ReaderAppearance[K][] } = {
  theme: THEME_CHOICES,
  font: FONT_CHOICES,
  width: WIDTH_CHOICES,
  lineHeight: LINE_HEIGHT_CHOICES,
};

const LEGENDS: Record<ChoiceField, MessageKey> = {
  theme: 'themeLabel',
  font: 'fontLabel',
  width: 'widthLabel',
  lineHeight: 'lineHeightLabel',
};

interface AppearanceControlsProps {
  t: Translate;
  value: ReaderAppearance;
  onChange: (next: ReaderAppearance) => void;
  /** Keeps radio group names and ids unique when two sets of controls share a document. */
  idPrefix: string;
  /** For the size's number format ("125%" or "125 %"). */
  locale?: string;
}

/**
 * Every appearance choice as native radio groups (arrow keys move within a group, Tab between groups, the
 * legend names the group for screen readers) plus a size stepper. Used in the overlay and on the options page.
 */
export function AppearanceControls({ t, value, onChange, idPrefix, locale }: AppearanceControlsProps) {
  const group = <K extends ChoiceField>(field: K) => (
    <fieldset class="choice-group" key={field}>
      <legend>{t(LEGENDS[field])}</legend>
      <div class="choices">
        {CHOICES[field].map((choice) => (
          <label class="choice" key={choice}>
            <input
              type="radio"
              name={`${idPrefix}-${field}`}
              value={choice}
              checked={value[field] === choice}
              onChange={() => onChange({ ...value, [field]: choice })}
            />
            <span>{t((CHOICE_LABELS[field] as Record<string, MessageKey>)[choice]!)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
  return (
    <div class="appearance-controls">
      {group('theme')}
      {group('font')}
      <TextSizeControl t={t} value={value} onChange={onChange} idPrefix={idPrefix} locale={locale} />
      {group('width')}
      {group('lineHeight')}
    </div>
  );
}

function TextSizeControl({ t, value, onChange, idPrefix, locale }: AppearanceControlsProps) {
  const labelId = `${idPrefix}-size-label`;
  const atMin = value.textScale <= MIN_TEXT_SCALE;
  const atMax = value.textScale >= MAX_TEXT_SCALE;
  // aria-disabled, not disabled: a disabled button drops keyboard focus at the end of the scale.
  const step = (direction: 1 | -1) => {
    if (direction < 0 ? atMin : atMax) return;
    onChange({ ...value, textScale: stepTextScale(value.textScale, direction) });
  };
  return (
    <div class="choice-group" role="group" aria-labelledby={labelId}>
      <span class="legend" id={labelId}>{t('textSizeLabel')}</span>
      <div class="choices stepper">
        <button type="button" class="step" aria-label={t('textSmaller')} aria-disabled={atMin} onClick={() => step(-1)}>
          <span aria-hidden="true">A−</span>
        </button>
        <output class="size-value" aria-live="polite">{formatTextScale(value.textScale, locale)}</output>
        <button type="button" class="step" aria-label={t('textLarger')} aria-disabled={atMax} onClick={() => step(1)}>
          <span aria-hidden="true">A+</span>
        </button>
      </div>
    </div>
  );
}
