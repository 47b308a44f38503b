/**
 * A feed of teasers (linked headline + one-line blurb, item after item) is never taken for the story, even when its
 * blurbs hold more prose than a short story beside it (yahoo-3's "More like this" feed: 2849 → 8014 characters when
 * its container was unmasked). A listicle whose linked headings lead longer sections is not a feed (teaser-feed.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core';
import { betterContainer } from '../../../core/candidate';
import type { CleanReport } from '../../../core/clean/cleaner';
import { parseHtml } from '../../../core/node/dom';
import { markDocumentOrder } from '../../../core/recover';
import { isTeaserFeed, removeTeaserFeeds } from '../../../core/teaser-feed';
import { unmaskStoryContainers } from '../../../core/unmask-story';

const STORY = [
  'A photographer and Navy veteran is fighting back after a photo she posted online started a backlash.',
  'She said she had no idea the photo of a newborn held in the flag would be considered controversial by anyone.',
  'Her clients, a military family, had asked for the photo to honour the service of the father, who is deployed.',
];
const TEASERS: readonly [string, string][] = [
  ['Actor best known for a family sitcom dies at 69', 'The actor, best known for his starring role in a sitcom of the eighties, died on Tuesday after collapsing at a hockey game with his son. He was 69.'],
  ['President-elect picks a congressman for the interior post', 'The president-elect today offered a congressman from Montana the job of interior secretary, according to two people familiar with the decision.'],
  ['Government forces reportedly kill dozens of civilians', 'The eastern part of the city has fallen, and military activities there have stopped, the army said on Wednesday in a short statement to reporters.'],
  ['Founder of a yoga chain found dead', 'The founder of a chain of yoga studios was found dead at his home under what the police called suspicious circumstances on Monday night.'],
  ['Woman shares her journey from fitness competitor to cancer patient', 'A 23-year-old has been documenting her journey from bikini fitness competitions to chemotherapy on her social media accounts for months.'],
  ['What critics are saying about the new space film', 'For sheer scene-stealing wow, though, you cannot beat the martial arts star as a blind warrior monk, one critic wrote in a review on Thursday.'],
];
const feedItems = (teasers: readonly [string, string][]): string =>
  teasers.map(([title, blurb], i) => `<li class="stream-item"><h3><a href="/news/story-${i}.html">${title}</a></h3><p>${blurb}</p><div class="source">Good Morning America</div><ul><li><a href="#">Save</a></li></ul></li>`).join('');
const FEED = `<ul class="stream">${feedItems(TEASERS)}</ul>`;

async function extract(body: string): Promise<{ text: string; removed: { rule: string; text: string }[] }> {
  const html = `<!DOCTYPE html><html lang="en"><head><title>Photographer fights back</title></head><body>${body}</body></html>`;
  const page = await parseHtml(html, 'https://news.example/photographer');
  try {
    const a = analyze(page.document, 'https://news.example/photographer', { window: page.window });
    if (!a.ok) throw new Error(a.error.message);
    return { text: a.text, removed: a.removed };
  } finally {
    page.close();
  }
}

async function feedCheck(inner: string): Promise<boolean> {
  const page = await parseHtml(`<!DOCTYPE html><html><body><div id="box">${inner}</div></body></html>`, 'https://news.example/a');
  try {
    return isTeaserFeed(page.document.getElementById('box')!);
  } finally {
    page.close();
  }
}

describe('teaser feed', () => {
  it('is not taken for the story by candidate choice when it holds four times the prose of the story Readability picked', async () => {
    const page = await parseHtml(`<!DOCTYPE html><html><body><div class="article-body"><p>${STORY[0]}</p></div><div class="remote-extra"><div class="inner">${FEED}</div></div></body></html>`, 'https://news.example/a');
    try {
      const copy = markDocumentOrder(page.document.body);
      const content = page.document.createElement('div');
      content.appendChild(page.document.querySelector('.article-body')!.cloneNode(true));
      expect(betterContainer(content, copy)).toBeNull();
    } finally {
      page.close();
    }
  });

  it('does not unmask the feed even though it holds most of the page\'s prose', async () => {
    const page = await parseHtml(`<!DOCTYPE html><html><body><div class="article-body">${STORY.map((t) => `<p>${t}</p>`).join('')}</div><div class="remote-extra">${FEED}</div></body></html>`, 'https://news.example/a');
    try {
      expect(unmaskStoryContainers(page.document.body)).toEqual([]);
      expect(page.document.querySelector('.remote-extra')).not.toBeNull();
    } finally {
      page.close();
    }
  });

  it('is a feed: linked headlines, each over a one- or two-sentence blurb, to different pages', async () => {
    expect(await feedCheck(FEED)).toBe(true);
    // A time line between headline and blurb is part of the teaser's shape.
    expect(await feedCheck(TEASERS.map(([t, b], i) => `<div><h2><a href="/s/${i}">${t}</a></h2><span>2 hours ago</span><p>${b}</p></div>`).join(''))).toBe(true);
  });

  it('trap: a listicle whose linked headings lead sections of several sentences, or headlines all to one page, is not a feed', async () => {
    const long = (b: string): string => `${b} ${STORY.join(' ')}`;
    expect(await feedCheck(TEASERS.map(([t, b], i) => `<h3><a href="/app/${i}">${t}</a></h3><p>${long(b)}</p>`).join(''))).toBe(false);
    expect(await feedCheck(TEASERS.map(([t, b]) => `<h3><a href="/same">${t}</a></h3><p>${b}</p>`).join(''))).toBe(false);
    // Story paragraphs with one linked subhead among them: the blurbs are not most of the prose.
    expect(await feedCheck(`${STORY.map((t) => `<p>${long(t)}</p>`).join('')}${TEASERS.slice(0, 3).map(([t, b], i) => `<h3><a href="/s/${i}">${t}</a></h3><p>${b}</p>`).join('')}`)).toBe(false);
  });

  it('a feed of cut-off excerpts under the story goes from the text as teaser-feed, however long; a heading and time line between headline and excerpt are part of it', async () => {
    const story = STORY.map((t) => `<p>${t} ${t}</p>`).join('');
    const excerpt = (b: string) => `${b.slice(0, 110)}...`;
    const oneBlock = TEASERS.map(([t, b], i) => `<li><a href="/2012/08/post-${i}/">${t}</a><br><small>${excerpt(b)}</small></li>`).join('');
    const spread = TEASERS.map(([t, b], i) => `<li><h2><a href="/p/${i}">${t}</a></h2><ul><li>Jane Roe, 15.Jun.19</li><li>${t.split(' ').slice(0, 3).join(' ')}</li><li>${excerpt(b)}</li></ul></li>`).join('');
    for (const feed of [oneBlock, spread]) {
      const text = await extract(`<article><h1>Photographer fights back</h1>${story}<h3>More on this topic</h3><ul class="list">${feed}</ul></article>`);
      for (const t of STORY) expect(text.text).toContain(t);
      for (const [, b] of TEASERS) expect(text.text).not.toContain(b.slice(0, 60));
      expect(text.removed.some((r) => r.rule === 'teaser-feed' && r.text.includes(TEASERS[0]![0]))).toBe(true);
    }
  });

  it('trap: a roundup whose linked items are the post stays, and so does a feed with story prose after it', async () => {
    const roundup = TEASERS.map(([t, b], i) => `<li><a href="https://other${i}.example/">${t}</a>: ${b}</li>`).join('');
    const a = await extract(`<article><h1>Links of the week</h1><p>${STORY[0]}</p><ul>${roundup}</ul></article>`);
    for (const [, b] of TEASERS) expect(a.text, 'roundup').toContain(b);
    // The removal step itself, on a story with its own prose after a block of picks: the picks are inside the story.
    const picks = TEASERS.map(([t, b], i) => `<div><h3><a href="/s/${i}">${t}</a></h3><p>${b.slice(0, 110)}...</p></div>`).join('');
    const page = await parseHtml(`<!DOCTYPE html><html><body><div id="content">${STORY.map((t) => `<p>${t} ${t}</p>`).join('')}<div class="picks">${picks}</div>${STORY.map((t) => `<p>${t} ${t}</p>`).join('')}</div></body></html>`, 'https://news.example/a');
    try {
      const report: CleanReport = { removed: [], credits: [], dates: [] };
      removeTeaserFeeds(page.document.getElementById('content')!, report);
      expect(page.document.querySelector('.picks')).not.toBeNull();
      page.document.getElementById('content')!.append(page.document.querySelector('.picks')!);
      removeTeaserFeeds(page.document.getElementById('content')!, report);
      expect(page.document.querySelector('.picks')).toBeNull();
    } finally {
      page.close();
    }
  });
});
