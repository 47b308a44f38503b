/**
 * A feed of teasers (linked headline + one-line blurb, item after item) is never taken for the story, even when its
 * blurbs hold more prose than a short story beside it (yahoo-3's "More like this" feed: 2849 → 8014 characters when
 * its container was unmasked). A listicle whose linked headings lead longer sections is not a feed (teaser-feed.ts).
 */
import { describe, expect, it } from 'vitest';
import { betterContainer } from '../../../core/candidate';
import { parseHtml } from '../../../core/node/dom';
import { markDocumentOrder } from '../../../core/recover';
import { isTeaserFeed } from '../../../core/teaser-feed';
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
});
