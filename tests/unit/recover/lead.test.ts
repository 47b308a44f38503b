/**
 * The standfirst set in the article's header, between the headline and the
 * body Readability picks, belongs to the story (recover.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core';
import { parseHtml } from '../../../core/node/dom';

const BODY = [
  'Het stadsbestuur besloot dinsdag de oude bibliotheek nog een jaar open te houden, nadat bewoners de zaal hadden gevuld.',
  'De wethouder zei dat het gebouw in slechte staat is, maar dat een sluiting nu te snel zou komen voor de buurt.',
  'Bewoners hadden in twee weken meer dan drieduizend handtekeningen verzameld om de bibliotheek open te houden.',
  'Volgend voorjaar wordt opnieuw gekeken naar de kosten van een verbouwing en naar een mogelijke nieuwe plek.',
  'De bibliotheek trekt elke week ruim duizend bezoekers, vooral scholieren en ouderen uit de wijk eromheen.',
].map((t) => `<p>${t} ${t}</p>`).join('');

const LEAD = 'Na een avond vol emotionele toespraken krijgt de bibliotheek in de oude binnenstad nog een jaar uitstel.';

async function textOf(header: string, bodyWrapper = '', description = ''): Promise<string> {
  const meta = description ? `<meta name="description" content="${description}">` : '';
  const html = `<!DOCTYPE html><html lang="nl"><head><title>Bibliotheek blijft open</title>${meta}</head><body>
    <nav><a href="/">Home</a> <a href="/nieuws">Nieuws</a></nav>
    <article><header class="entry-header"><h1>Bibliotheek blijft nog een jaar open</h1><div class="entry-excerpt">${header}</div></header>
    ${bodyWrapper ? `<div class="${bodyWrapper}">${BODY}</div>` : BODY}</article>
    <footer><p>Alle rechten voorbehouden.</p></footer></body></html>`;
  const page = await parseHtml(html, 'https://nieuws.example/bibliotheek');
  try {
    const a = analyze(page.document, 'https://nieuws.example/bibliotheek', { window: page.window });
    if (!a.ok) throw new Error(a.error.message);
    return a.text;
  } finally {
    page.close();
  }
}

describe('standfirst recovery', () => {
  it('brings back the standfirst between the headline and the body, before the body', async () => {
    const text = await textOf(`<p class="lead">${LEAD}</p>`);
    expect(text).toContain(LEAD);
    expect(text.indexOf(LEAD)).toBeLessThan(text.indexOf('Het stadsbestuur'));
  });

  it('leaves out a caption beside the picture in the header', async () => {
    const caption = 'De bibliotheek aan het plein, waar bewoners dinsdagavond samenkwamen om te protesteren.';
    const text = await textOf(`<div class="media"><img src="/a.jpg" alt=""><p>${caption}</p></div>`);
    expect(text).not.toContain(caption);
  });

  it('leaves out lines that are not prose: a byline and a date', async () => {
    const text = await textOf('<p class="meta">Door Anna de Vries en Pieter Jansen, redactie stad en regio</p><p>12 maart 2024, 14:30</p>');
    expect(text).not.toContain('Anna de Vries');
  });

  it('takes nothing when more than a short standfirst stands between the headline and the body', async () => {
    const teasers = ['Lees ook hoe de gemeente vorig jaar drie andere bibliotheken sloot.', 'Lees ook wat bewoners van de nieuwe plannen voor het plein vinden.', 'Lees ook waarom de huren in de binnenstad zo hard stijgen dit jaar.'];
    const text = await textOf(teasers.map((t) => `<p>${t}</p>`).join(''));
    for (const t of teasers) expect(text).not.toContain(t);
  });
  it('leaves a standfirst outside the container Readability picked: there it is most often the page summary', async () => {
    const text = await textOf(`<p class="lead">${LEAD}</p>`, 'entry-content');
    expect(text).not.toContain(LEAD);
  });

  it('brings back a standfirst outside the container when it is the page description (cut short or not)', async () => {
    expect(await textOf(`<p class="lead">${LEAD}</p>`, 'entry-content', LEAD)).toContain(LEAD);
    const cut = `${LEAD.slice(0, 70)}…`;
    const text = await textOf(`<p class="lead">${LEAD}</p>`, 'entry-content', cut);
    expect(text).toContain(LEAD);
    expect(text.indexOf(LEAD)).toBeLessThan(text.indexOf('Het stadsbestuur'));
  });

  it('leaves out a standfirst outside the container that is not the page description', async () => {
    const other = 'De gemeente Utrecht houdt de oude bibliotheek in de binnenstad nog minstens een jaar open voor bewoners.';
    expect(await textOf(`<p class="lead">${LEAD}</p>`, 'entry-content', other)).not.toContain(LEAD);
  });
});
