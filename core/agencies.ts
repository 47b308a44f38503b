import { WIRE_AGENCIES } from './rules/wire-agencies';

const byForm = new Map<string, string>();
for (const [name, forms] of Object.entries(WIRE_AGENCIES)) {
  byForm.set(name.toLowerCase(), name);
  for (const f of forms) byForm.set(f, name);
}

/** The wire service a name stands for ("antaranews" → "ANTARA"), or null. Several ("Reuters/AFP") give the first. */
export function agencyName(raw: string): string | null {
  for (const part of raw.split(/\s*[/,&]\s*|\s+and\s+|\s+dan\s+/u)) {
    const key = part.trim().toLowerCase().replace(/[.:;]+$/u, '');
    // "dpa-infocom" and "AFP-JIJI" carry the agency before the hyphen.
    const hit = byForm.get(key) ?? byForm.get(key.split('-')[0]!);
    if (hit) return hit;
  }
  return null;
}
