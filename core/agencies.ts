import { WIRE_AGENCIES } from './rules/wire-agencies';

/** Lower case that ignores Turkish dotted and dotless i: "İHA" lower-cases to "i̇ha", "AJANSI" to "ajansi". */
const fold = (s: string) => s.toLowerCase().replace(/\u0307/gu, '').replace(/ı/gu, 'i');

const byForm = new Map<string, string>();
for (const [name, forms] of Object.entries(WIRE_AGENCIES)) {
  byForm.set(fold(name), name);
  for (const f of forms) byForm.set(fold(f), name);
}

/** The wire service a name stands for ("antaranews" → "ANTARA"), or null. Several ("Reuters/AFP") give the first. */
export function agencyName(raw: string): string | null {
  for (const part of raw.split(/\s*[/,&]\s*|\s+and\s+|\s+dan\s+/u)) {
    const key = fold(part.trim()).replace(/[.:;]+$/u, '');
    // "dpa-infocom" and "AFP-JIJI" carry the agency before the hyphen.
    const hit = byForm.get(key) ?? byForm.get(key.split('-')[0]!);
    if (hit) return hit;
  }
  return null;
}
