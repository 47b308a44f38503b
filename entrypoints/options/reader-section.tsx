/** The options page's reader section: loads, watches and saves the reader appearance setting. */
import { useEffect, useState } from 'preact/hooks';
import { ReaderSection } from '../../components/options/ReaderSection';
import type { ReaderAppearance } from '../../components/reader/appearance';
import { readerAppearanceSetting } from '../shared/settings/reader-appearance';
import type { OptionsSectionProps } from './sections';

export function ReaderOptionsSection({ t }: OptionsSectionProps) {
  const [value, setValue] = useState<ReaderAppearance | null>(null);
  useEffect(() => {
    void readerAppearanceSetting.get().then((stored) => setValue((current) => current ?? stored));
    // A change in an open reader shows here at once, and the other way round.
    return readerAppearanceSetting.watch(setValue);
  }, []);
  const change = (next: ReaderAppearance) => {
    setValue(next);
    void readerAppearanceSetting.set(next);
  };
  return <ReaderSection t={t} value={value} onChange={change} locale={navigator.language} />;
}
