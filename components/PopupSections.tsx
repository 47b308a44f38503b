/**
 * The popup's three article sections: Summary, Quotes and Source. Data in,
 * actions out: copying, showing a quote in the page and asking for on-device
 * key points are props, so these render the same in a unit test as in the
 * extension. Page text is always rendered as text.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDateTimeWithOffset } from './format-date';
import type { MessageKey, Translate } from './i18n';
import { articleLink, languageLabel, quoteForCopy, quoteWords, speakerLabel, summaryForCopy } from './popup-text';
import type { ArticleSummary, KeyPointsState, Quote } from './popup-view';

/** Writes text to the clipboard (the popup passes `navigator.clipboard.writeText`). */
export type CopyAction = (text: string) => Promise<void> | void;
/** Scrolls the page (or the open reader) to a quote and flashes it; resolves to false when it isn't found. */
export type ShowQuoteAction = (quote: Quote) => Promise<boolean> | boolean;

const COPIED_MS = 1800;

function CopyButton({ text, label, onCopy, t }: { text: string; label: MessageKey; onCopy: CopyAction; t: Translate }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async () => {
    clearTimeout(timer.current);
    try {
      await onCopy(text);
      setState('copied');
    } catch {
      setState('failed');
    }
    timer.current = setTimeout(() => setState('idle'), COPIED_MS);
  };
  return (
    <span class="copy">
      <button type="button" class="copy-button" aria-label={t(label)} data-copy={label} onClick={copy}>
        {t('copy')}
      </button>
      <span class="copy-status" role="status" data-state={state}>
        {state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : ''}
      </span>
    </span>
  );
}

function Section({ id, title, actions, children }: { id: string; title: string; actions?: ComponentChildren; children: ComponentChildren }) {
  const headingId = `${id}-heading`;
  return (
    <section class={`section section-${id}`} aria-labelledby={headingId} data-section={id}>
      <div class="section-head">
        <h2 id={headingId}>{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

interface SummaryProps {
  article: ArticleSummary;
  t: Translate;
  onCopy?: CopyAction | undefined;
  keyPoints: KeyPointsState;
  /** Present only where the browser has an on-device summarizer for the article's language. */
  onKeyPoints?: (() => void) | undefined;
}

export function SummarySection({ article, t, onCopy, keyPoints, onKeyPoints }: SummaryProps) {
  const points = keyPoints.status === 'done' ? keyPoints.points : null;
  const lines = points ?? article.summary;
  const working = keyPoints.status === 'working';
  return (
    <Section
      id="summary"
      title={t('sectionSummary')}
      actions={onCopy && lines.length > 0 && <CopyButton text={summaryForCopy(lines)} label="copySummary" onCopy={onCopy} t={t} />}
    >
      {lines.length === 0
        ? <p class="empty">{t('summaryEmpty')}</p>
        : (
          <ul class={points ? 'summary-list key-points' : 'summary-list'} lang={article.lang}>
            {lines.map((line, i) => <li key={i}>{line}</li>)}
          </ul>
        )}
      {keyPoints.status === 'failed' && <p class="note" role="status">{t('keyPointsFailed')}</p>}
      {points ? <p class="note">{t('keyPointsNote')}</p> : lines.length > 0 && keyPoints.status !== 'failed' && <p class="note">{t('summaryNote')}</p>}
      {onKeyPoints && !points && keyPoints.status !== 'failed' && (
        <button type="button" class="secondary key-points-button" onClick={onKeyPoints} disabled={working} aria-busy={working}>
          {t('keyPointsButton')}
        </button>
      )}
      {keyPoints.status === 'working' && (
        <p class="progress" role="status">
          {keyPoints.progress !== null && keyPoints.progress < 1
            ? (
              <>
                <progress max={1} value={keyPoints.progress} />
                <span>{t('keyPointsDownloading', [String(Math.round(keyPoints.progress * 100))])}</span>
              </>
            )
            : t('keyPointsWorking')}
        </p>
      )}
    </Section>
  );
}

interface QuotesProps {
  article: ArticleSummary;
  t: Translate;
  onCopy?: CopyAction | undefined;
  onShowQuote?: ShowQuoteAction | undefined;
}

export function QuotesSection({ article, t, onCopy, onShowQuote }: QuotesProps) {
  const [missing, setMissing] = useState<number | null>(null);
  const show = async (quote: Quote, index: number) => {
    if (!onShowQuote) return;
    setMissing(null);
    let found = false;
    try {
      found = await onShowQuote(quote);
    } catch {
      found = false;
    }
    if (!found) setMissing(index);
  };
  const { quotes } = article;
  return (
    <Section
      id="quotes"
      title={t('sectionQuotes')}
      actions={quotes.length > 0 && <span class="count" aria-hidden="true">{quotes.length}</span>}
    >
      {quotes.length === 0
        ? <p class="empty">{t('quotesEmpty')}</p>
        : (
          <ol class="quotes">
            {quotes.map((quote, i) => (
              <li key={i} class="quote" data-index={i}>
                <blockquote class="quote-body" lang={article.lang}>
                  {onShowQuote
                    ? (
                      <button type="button" class="quote-text" title={t('showQuote')} onClick={() => void show(quote, i)}>
                        “{quoteWords(quote)}”
                      </button>
                    )
                    : <p class="quote-text">“{quoteWords(quote)}”</p>}
                </blockquote>
                <div class="quote-foot">
                  <p class={quote.speaker ? 'speaker' : 'speaker unknown'}>— {speakerLabel(quote, t)}</p>
                  {onCopy && <CopyButton text={quoteForCopy(quote, article)} label="copyQuote" onCopy={onCopy} t={t} />}
                </div>
                {missing === i && <p class="note" role="status">{t('quoteNotFound')}</p>}
              </li>
            ))}
          </ol>
        )}
    </Section>
  );
}

interface SourceProps {
  article: ArticleSummary;
  t: Translate;
  /** The UI language, for dates and language names. */
  locale: string;
  onCopy?: CopyAction | undefined;
}

function Row({ label, field, children }: { label: string; field: string; children: ComponentChildren }) {
  return (
    <div class="row" data-field={field}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function SourceSection({ article, t, locale, onCopy }: SourceProps) {
  const [format, setFormat] = useState<'plain' | 'apa'>('plain');
  const { attribution } = article;
  const published = formatDateTimeWithOffset(attribution.publishedTime, locale);
  const modified = formatDateTimeWithOffset(attribution.modifiedTime, locale);
  const link = articleLink(article);
  const authors = attribution.authors.length > 0 ? attribution.authors : attribution.author ? [attribution.author] : [];
  const citation = format === 'apa' ? article.citation.apa : article.citation.plain;
  return (
    <Section id="source" title={t('sectionSource')}>
      <dl class="source-list">
        <Row label={t('sourceSite')} field="site">{article.site}</Row>
        <Row label={t(authors.length > 1 ? 'sourceAuthors' : 'sourceAuthor')} field="author">
          {authors.length > 0 ? authors.join(', ') : <span class="absent">{t('sourceNotNamed')}</span>}
        </Row>
        {attribution.editor && <Row label={t('sourceEditor')} field="editor">{attribution.editor}</Row>}
        {attribution.source && <Row label={t('sourceOriginal')} field="source">{attribution.source}</Row>}
        {published && (
          <Row label={t('sourcePublished')} field="published">
            <time dateTime={attribution.publishedTime ?? undefined}>{published}</time>
          </Row>
        )}
        {modified && attribution.modifiedTime !== attribution.publishedTime && (
          <Row label={t('sourceModified')} field="modified">
            <time dateTime={attribution.modifiedTime ?? undefined}>{modified}</time>
          </Row>
        )}
        <Row label={t('sourceLink')} field="link">
          <a href={link} target="_blank" rel="noopener noreferrer" class="link" title={link}>
            {link}
            <span class="visually-hidden"> {t('opensInNewTab')}</span>
          </a>
        </Row>
        {article.lang && <Row label={t('sourceLanguage')} field="language">{languageLabel(article.lang, locale)}</Row>}
      </dl>
      <div class="citation">
        <div class="citation-head">
          <h3 id="citation-heading">{t('citationHeading')}</h3>
          <div class="switch" role="group" aria-label={t('citationFormat')}>
            {(['plain', 'apa'] as const).map((option) => (
              <button
                key={option}
                type="button"
                data-format={option}
                aria-pressed={format === option}
                onClick={() => setFormat(option)}
              >
                {t(option === 'apa' ? 'citationApa' : 'citationPlain')}
              </button>
            ))}
          </div>
        </div>
        <p class="citation-text" data-format={format}>{citation}</p>
        {onCopy && <CopyButton text={citation} label="copyCitation" onCopy={onCopy} t={t} />}
      </div>
    </Section>
  );
}
