/**
 * Who wrote, edited and first ran a story, when, and where it lives: from
 * JSON-LD, meta tags, visible credit lines and the dateline, in that order of
 * trust. An editor, a date or a section name is never taken for the author.
 */
import { agencyName } from './agencies';
import { AUTHOR_PAGE_LINKS, bylineNames, inComments } from './byline';
import { parseCreditLine, type Credit } from './clean/rules';
import { countWords, lettersOnly, squash } from './clean/text';
import { BYLINE_ROLES, CARD_AUTHOR_LABELS, CREDIT_LABELS, NEWSROOM_WORDS } from './rules/credit-labels';
import { STOPWORDS } from './rules/stopwords';
import { CJK_ROLES, KOREAN_WIRE, type Dateline } from './dateline';
import { inZone, parseVisibleDate, toIsoDate, visibleZoneOffset, withZone } from './dates';
import { ZONE_BY_LANGUAGE, ZONE_BY_REGION } from './rules/time-zones';
import { MONTHS, UPDATE_WORDS, WEEKDAYS } from './rules/date-words';
import { declaredLanguage } from './language';
import { asList, AUTHOR_BY_REFERENCE, meta, metaAll, namesOf, own, stringOf, unescaped, withMetaIndex } from './structured-data';
import { urlDate, type TextDateLines } from './page-dates';
import { hostName } from './urls';
import type { Attribution } from './types';

export interface AttributionInput {
  doc: Document;
  /** The page's Article JSON-LD, read before Readability strips scripts. */
  jsonLd: Record<string, unknown> | null;
  url: string;
  credits: Credit[];
  dateline: Dateline | null;
  readabilityByline: string | null;
  readabilitySiteName: string | null;
  readabilityPublishedTime: string | null;
  /** Bylines printed without a label, read before cleaning. */
  visibleBylines: string[];
  /** The article's text, where the site may spell its own name. */
  articleText: string;
  /** A wire named at the end of the text ("… katanya. -- BERNAMA"). */
  signOffAgency: string | null;
  /** `datetime` of the page's publishing <time>, read before cleaning. */
  timeDatetime: string | null;
  /** Texts of visible date lines removed from the article. */
  visibleDates: string[];
  /** Texts of date elements on the page (class "date", "datum"…), read before cleaning: the last resort. */
  pageDates?: string[];
  /** The date line printed under the headline, read before cleaning. */
  headlineDate?: string | null;
  /** The page marks the date under the headline as the last update's (its element or the words around it). */
  headlineDateIsUpdate?: boolean;
  /** Labelled and "last edited" lines in the page's text, read before cleaning when no date element was found. */
  textDates?: TextDateLines | null;
  /** `datePublished` of any JSON-LD node (a WebPage, a Recipe) when no Article node gives one. */
  anyLdDate?: string | null;
}

const NOT_A_NAME = /^(?:editor|redaktur|penyunting|sumber|source|admin|administrator|redaksi|tim redaksi|staff|newsroom|desk|unknown|anonymous)\b|^(?:by|von|oleh|par|por|di|de|door|written by)$|^(?:follow|edit|share|more|more posts|no author|unbenannt|untitled|sans titre|sin título|senza titolo|alle artikel|alle beiträge|mehr|artikel|weitere artikel|ver más|voir plus|lihat|publisher|agencies|posted|published|updated|veröffentlicht|publiziert|aktualisiert|datum|date|gesponserte inhalte|sponsored)$|admin$|^(?:text|interview|fotos?|photos?|bilder?|theme)\b|^(?:veröffentlicht|publiziert|aktualisiert|erschienen|posted|published|updated|datum|date)(?:\s+(?:am|on|um|at|le|in))?\s*:?$|\s(?:von|by|de|oleh)\s*:?$/iu;

/**
 * The links of an author box around the name ("Zeige alle Beiträge von X", "View all posts by X",
 * "X Follow Us twitter email", "X Alle Artikel"): the name is what is left.
 */
const AUTHOR_LINK_LEAD = /^(?:(?:zeige |zeig )?alle (?:beiträge|artikel|posts) von|mehr (?:artikel|beiträge) von|alles von|(?:view |see |show )?all (?:posts|articles|stories)(?: by| of| from)?|more (?:posts|articles|stories) (?:by|from)|posts by|articles by|stories by|über|about|tous les articles de|todos los artículos de)\s+/iu;
const AUTHOR_LINK_TAIL = /\s+(?:fotos?|photos?|bilder?|illustrations?|grafik)\s*:.*$|\s+(?:follow(?: us| me)?|folgen|alle artikel|alle beiträge|more posts|all posts|mehr artikel|twitter|email|e-mail)\b.*$|\s*[→»›]+$/iu;


/**
 * Small words a name may hold in lower case ("Ludwig van Beethoven", "Siti binti Aminah"). Any other
 * common small word makes a sentence or a role ("Duncan Bell is a Reader", "Kyle Kellogg at Muse
 * Management"); a lower-case surname alone ("Cindy mangomini") is still a name.
 */
const SENTENCE_WORDS = new Set(Object.values(STOPWORDS).flat());
const NAME_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'ten', 'zu', 'bin', 'binti', 'bint', 'al', 'el', 'y', 'e', 'dan', 'and', 'und', 'et']);

/** "记者 李明" / "김민수 기자 =": a role before or after a name written without spaces, kept when nothing else is left. */
const CJK_ROLE_BEFORE = new RegExp(`^(?:${CJK_ROLES})\\s*(?=[\\p{Script=Han}\\p{Script=Hangul}\\p{Script=Katakana}]{2})`, 'u');
const CJK_ROLE_AFTER = new RegExp(`(?<=[\\p{Script=Han}\\p{Script=Hangul}\\p{Script=Katakana}]{2})\\s*(?:${CJK_ROLES})(?:\\s*=)?$`, 'u');
/** "부산/김지훈 기자", "세종=김민수 기자": a Korean byline names the reporter's place before the name; the place is no author. */
const CJK_PLACE_BEFORE_NAME = new RegExp(`^\\s*[\\p{Script=Hangul}\\p{Script=Han}]{1,8}\\s*[/=]\\s*(?=[\\p{Script=Hangul}\\p{Script=Han}]{2,5}\\s*(?:${CJK_ROLES}))`, 'u');
const ROLE_SUFFIX = new RegExp(`\\s+(?:${[...BYLINE_ROLES].sort((a, b) => b.length - a.length).join('|')})$`, 'iu');

/** "Adam Aaronson Staff Writer" → "Adam Aaronson"; a one-word rest keeps the role as part of a pen name ("Rasender Reporter"). */
function withoutRole(name: string): string {
  const bare = name.replace(ROLE_SUFFIX, '');
  return countWords(bare) >= 2 ? bare : name;
}

/** A copyright or picture credit ("Copyright Haufe-Lexware GmbH & Co. KG - all rights reserved", "Bild © hr") is not a byline. */
const RIGHTS_NOTICE = /©|\bcopyright\b|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos/iu;

/** A credit label of one field, in any language the credit table knows, with its colon ("Текст: ", "Zdroj: "). */
function labelWithColon(field: 'author' | 'source'): RegExp {
  return new RegExp(`^(?:${Object.values(CREDIT_LABELS).flatMap((f) => f[field] ?? []).sort((a, b) => b.length - a.length).join('|')})\\s*[:：]\\s*`, 'iu');
}
const LABEL_WITH_COLON = labelWithColon('author');

/** Weekday and month names of every language the date table knows. */
const DATE_NAMES = new Set([...WEEKDAYS, ...Object.values(MONTHS).flat(2)]);

function cleanName(raw: string): string | null {
  let name = squash(raw)
    .replace(/^(?:by|posted by|written by|oleh|von|erstellt von|geschrieben von|verfasst von|par|por|di|penulis|reporter|pewarta|author|autor|投稿者|著者|文|作者|撰文|โดย)(?:\s*[:：]\s*|\s+)/iu, '')
    // "[서울=뉴시스] 김민수 기자", "(서울=연합뉴스)": a Korean wire's place=agency before the name.
    .replace(KOREAN_WIRE, '').trimStart()
    .replace(/^By(?=\p{Lu})/u, '') // "ByTravis Haney": label glued to the name
    // "Von:Moritz P.", "Text, Interview: Harald W.": a credit label, also glued or with the work it credits.
    .replace(/^(?:(?:text|interview|fotos?|bilder|photos?|texte?)(?:\s*[,&/]\s*|\s+(?:und|and|et)\s+))*(?:text|interview|fotos?|bilder|photos?|texte?|von|by|autor|author)\s*[:：]\s*/iu, '')
    .replace(AUTHOR_LINK_LEAD, '')
    // An author label of any language the credit table knows, with its colon ("Текст: Венера Ерофеева").
    .replace(LABEL_WITH_COLON, '')
    .replace(AUTHOR_LINK_TAIL, '')
    .replace(/[|,;.]+$/u, '')
    .replace(/^[|•·]\s*/u, '')
    // "Williams Perdomo @wperdomod": the writer's social handle after the name; "김지훈 기자 jhkim@hani.co.kr": the e-mail.
    .replace(/\s+@[\p{L}\p{N}_.]+$/u, '')
    .replace(/\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u, '')
    .trim();
  name = withoutRole(name).replace(CJK_ROLE_BEFORE, '').replace(CJK_ROLE_AFTER, '');
  if (!name || name.length > 80 || !/\p{L}/u.test(name) || /^https?:/iu.test(name) || /@/u.test(name)) return null;
  if (RIGHTS_NOTICE.test(name)) return null;
  // A name has no digits: "15:25 Uhr", "Posted on September 21" are dates.
  if (NOT_A_NAME.test(name) || parseVisibleDate(name) || /\d/u.test(name)) return null;
  // A date cut at its digits leaves its weekday or month ("Donnerstag,  4. November 2021" → "Donnerstag"). "Hans Freitag" stays.
  if (DATE_NAMES.has(name.toLowerCase())) return null;
  // Thai runs the letters of a word together but spaces a given name from the family name: count those.
  if ((/[\u0e00-\u0e7f]/u.test(name) ? name.split(/\s+/u).length : countWords(name)) > 8) return null;
  // A question or a web address is page furniture ("Ist der Artikel hilfreich?", "www.example.de").
  if (/[?!]$|\bwww\.|\.(?:com|de|net|org)\b/iu.test(name)) return null;
  // A colon left after the labels are gone joins a label to its value ("En kiosques : juillet", "Last Updated:"):
  // no name holds one. A CJK byline keeps its glued full-width label ("著者：後藤大地"), as the site prints it.
  if (/:|：$/u.test(name)) return null;
  if (name.split(/\s+/u).some((w) => SENTENCE_WORDS.has(w) && !NAME_PARTICLES.has(w))) return null;
  return name;
}

/**
 * Joiners between names in a byline, in the languages we meet ("Le Figaro avec AFP", "X und Y").
 * Case matters: "e" and "y" join names, "E." and "Y." are initials ("Laura E. Adkins").
 */
// Whole words in any script: `\b` sees only ASCII letters, so it would cut "Ayşe" into "Ayş" and "e" (Portuguese "and").
const NAME_JOINERS = /\s*(?:,|;|\/|&|\+|(?<![\p{L}\p{N}])(?:and|And|AND|dan|Dan|DAN|und|UND|et|ET|y|e|avec|with|With|mit|con|com|bersama)(?![\p{L}\p{N}.]))\s*/u;


/** Meta keys that name a story's author, in order of trust. */
const AUTHOR_META = ['article:author', 'author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'cxenseparse:author', 'content_author', 'byl', 'citation_author'];

/** A company, not a person: "mediagene Inc.", "IDG Tech Media GmbH". */
const ORGANIZATION = /(?:^|\s)(?:inc|ltd|llc|gmbh|corp|corporation|co|plc|ag|s\.?a|pty|limited|company|media group|e\.\s?v|se|stiftung)\.?$/iu;

/**
 * A company's legal form ending a byline; stricter than ORGANIZATION, which reads meta tags: short forms
 * count only as written by companies ("AG", "Co."), so a surname stays a name ("Emily Co").
 */
const COMPANY = /(?:^|\s)(?:[Ii]nc|[Ll]td|LLC|[Gg]mb[Hh]|[Cc]orp|[Cc]orporation|[Pp]lc|[Pp]ty|[Ll]imited|[Cc]ompany|e\.\s?V)\.?$|\s(?:AG|SE|S\.A\.?|Co\.|KG|KGaA)$/u;

/** The copyright holder in `<meta name="copyright">` ("Copyright (c) Condé Nast 2022" → "Condé Nast"). */
function copyrightHolder(doc: Document): string | null {
  const text = meta(doc, 'copyright', 'dc.rights', 'dcterms.rights');
  const m = text ? /^(?:copyright|©)?\s*(?:\(c\)|©)?\s*(?:\d{4}\s*[-–]?\s*(?:\d{4})?\s*)?(.+?)(?:\s+\d{4})?\.?(?:\s+all rights reserved\.?)?$/iu.exec(text) : null;
  return m ? squash(m[1]!) : null;
}

/**
 * Author names from meta tags: every tag (a page may list each author in its
 * own), without profile URLs and without the company that runs the site (a
 * meta author of "Condé Nast" beside an article:author of the writer).
 */
function metaAuthors(doc: Document, organizations: (string | null)[]): string[] {
  const orgs = new Set(organizations.filter(Boolean).map((o) => lettersOnly(o!)));
  for (const key of AUTHOR_META) {
    const names = metaAll(doc, key).filter((v) => !/^https?:|^\/\/|^www\./iu.test(v) && !ORGANIZATION.test(v) && !orgs.has(lettersOnly(v)));
    if (names.length) return names;
  }
  return [];
}

/**
 * The data of the Twitter card pair labelled as the author (`twitter:label1` "Written by" → `twitter:data1`).
 * SEO plugins fill it with the account that posted the story, which may be an editor's: the last resort.
 */
function cardAuthor(doc: Document): string[] {
  for (let i = 1; i <= 4; i++) {
    const label = meta(doc, `twitter:label${i}`)?.toLowerCase().replace(/[:：]\s*$/u, '').trim();
    const data = meta(doc, `twitter:data${i}`);
    if (label && data && CARD_AUTHOR_LABELS.includes(label)) return [data];
  }
  return [];
}

/** "Gillman, Steve" (a catalogue's surname-first form) is "Steve Gillman" when the page prints it so. */
function surnameFirst(name: string, pageText: string): string {
  const m = /^(\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[\p{L}'’.-]+)$/u.exec(name.trim());
  if (!m) return name;
  const forward = `${m[2]} ${m[1]}`;
  return pageText.includes(forward) ? forward : name;
}

export interface NameSplit {
  people: string[];
  /** Wire services named in the byline ("Oleh Bernama", "Le Figaro avec AFP"): the source, not authors. */
  agencies: string[];
  /** The site's newsroom signing the story ("ZDNet Japan Staff"): the author only when no person is named. */
  newsroom?: string;
}

const NEWSROOM = new RegExp(`^(?:${NEWSROOM_WORDS.join('|')})\\s+(.+)$|^(.+?)[\\s-]+(?:${NEWSROOM_WORDS.join('|')})$`, 'iu');

/** A byline that is the site's name and a word for its newsroom ("ZDNet Japan Staff"), not a person's name with a role. */
function isSiteNewsroom(byline: string, sites: (string | null)[]): boolean {
  const m = NEWSROOM.exec(squash(byline));
  const rest = m ? lettersOnly(m[1] ?? m[2] ?? '').replace(/\s/gu, '') : '';
  return rest.length > 1 && sites.some((s) => s && lettersOnly(s).replace(/\s/gu, '') === rest);
}

/**
 * People named by byline strings, without the site itself, wire services,
 * roles, or a lone place after a comma ("Lena Hoffmann, München").
 */
function splitNames(names: string[], exclude: (string | null)[], linked: ReadonlySet<string> = new Set()): NameSplit {
  const seen = new Set(exclude.filter(Boolean).map((n) => lettersOnly(n!)));
  // "Ouest-France Marie Lebrun": a byline that opens with the site's own name.
  const prefixes = exclude.filter(Boolean).map((n) => n!.toLowerCase());
  names = names.map((n) => {
    const lower = n.toLowerCase();
    const p = prefixes.find((x) => lower.startsWith(`${x} `) && countWords(n) > countWords(x) + 1);
    // "Adam Aaronson PhillyVoice (Staff)": the site's name after the byline, perhaps before a role.
    const bare = withoutRole(squash(n));
    const q = prefixes.find((x) => bare.toLowerCase().endsWith(` ${x}`) && countWords(bare) > countWords(x) + 1);
    return p ? n.slice(p.length).trim() : q ? bare.slice(0, bare.length - q.length).trim() : n;
  });
  const out: NameSplit = { people: [], agencies: [] };
  for (const label of names) {
    if (RIGHTS_NOTICE.test(label)) continue;
    // A gendered label before the name ("Autor/in: Korinna Hennig", "Redakteur*in:"): its "/" joins no names.
    const raw = label.replace(GENDERED_LABEL, '').replace(CJK_PLACE_BEFORE_NAME, '');
    // "ZDNet Japan Staff", "Redaktion auto-motor.at": the site's newsroom signs the story, as printed.
    if (isSiteNewsroom(raw, exclude)) {
      out.newsroom ??= squash(raw);
      continue;
    }
    const parts = raw.split(NAME_JOINERS).map((p) => p.trim()).filter(Boolean);
    const multiWord = parts.some((p) => countWords(p) > 1);
    for (const part of parts) {
      // "[서울=뉴시스] 김민수 기자": the wire in a Korean byline's brackets is the source; the name follows.
      const wire = KOREAN_WIRE.exec(part);
      const wireAgency = wire?.groups ? agencyName(wire.groups.outlet!) : null;
      if (wireAgency && !out.agencies.includes(wireAgency)) out.agencies.push(wireAgency);
      const credited = SOURCE_LABEL.exec(part);
      if (credited) {
        const source = agencyName(part.slice(credited[0].length));
        if (source && !out.agencies.includes(source)) out.agencies.push(source);
        continue;
      }
      const agency = agencyName(part) ?? agencyName(part.split(/\s+/u)[0]!) ?? agencyName(cleanName(part) ?? '');
      if (agency && (countWords(part) <= 2 || agencyName(part))) {
        if (!out.agencies.includes(agency)) out.agencies.push(agency);
        continue;
      }
      // A company is no byline's person ("Deutsches Weininstitut GmbH", "bergportal GmbH, digvis GmbH").
      if (COMPANY.test(part)) continue;
      const name = cleanName(part);
      // A lone word after the names is a place ("Lena Hoffmann, München"), unless the page links it as an author.
      if (!name || (multiWord && countWords(name) === 1 && parts.indexOf(part) > 0 && !linked.has(lettersOnly(name)))) continue;
      const key = lettersOnly(name);
      if (seen.has(key)) continue;
      seen.add(key);
      out.people.push(name);
    }
  }
  return out;
}

/** Site name from the <title> suffix ("… | tempo.co") when it matches the host, else the host as the page spells it. */
/** Whether the host label is whole words of a name run together, in order, some skipped ("parcoabruzzo", "bayrischebembel"). */
function hostJoinsWords(hostKey: string, name: string): boolean {
  if (hostKey.length < 6) return false;
  let at = 0;
  let used = 0;
  for (const word of lettersOnly(name).split(/\s+/u)) {
    if (word.length > 1 && hostKey.startsWith(word, at)) {
      at += word.length;
      used++;
    }
  }
  return used >= 2 && at === hostKey.length;
}

/** "Zdroj: ČTK", "Quelle: dpa" inside a byline: the source it credits is no author. */
const SOURCE_LABEL = labelWithColon('source');
const GENDERED_LABEL = /^(?:autor|redakteur|reporter|moderator|sprecher|journalist)(?:\/|\*|:|_)in(?:nen)?\s*:\s*/iu;

const SITE_PART = /\s+[|\-–—:]\s+/u;

/** The registrable label: "nasional.tempo.co" → "tempo", "ouest-france.fr" → "ouest-france". */
function registrableBare(host: string): string {
  return host.replace(/\.(?:co\.|com\.|or\.|ac\.)?[a-z]{2,3}$/u, '').split('.').pop() ?? '';
}

/** The host's label as letters only, "nmb-media.de" → "nmbmedia"; null for a short one. */
function registrableLabel(url: string): string | null {
  const host = hostName(url);
  const label = host ? lettersOnly(registrableBare(host)).replace(/\s/gu, '') : '';
  return label.length >= 3 ? label : null;
}

function siteNameFromPage(doc: Document, url: string, articleText: string): string | null {
  const host = hostName(url);
  if (!host) return null;
  const bare = registrableBare(host);
  const hostKey = lettersOnly(bare).replace(/\s/gu, '');
  const title = doc.querySelector('title')?.textContent ?? '';
  const parts = title.split(/\s+[|\-–—•·:]\s+/u).map((p) => squash(p)).filter(Boolean);
  for (const part of parts.slice(1).reverse()) {
    // "tempo.co", "Kompas.com Regional"; not a headline that names the site ("Neue Karten auf Gipfelbuch.ch").
    const partKey = lettersOnly(part).replace(/\s/gu, '');
    if (hostKey && partKey.includes(hostKey) && partKey.length - hostKey.length <= 12) return part;
  }
  // "Parco Nazionale d'Abruzzo, Lazio e Molise" on parcoabruzzo.it: the host joins words of the name.
  if (parts.length > 1) {
    const named = [...parts.slice(1).reverse(), parts[0]!].find((part) => hostJoinsWords(hostKey, part));
    if (named) return named;
  }
  // "ouest-france.fr" is printed "Ouest-France" in the page's own text.
  if (bare.length >= 4) {
    const body = `${doc.body?.textContent ?? ''} ${articleText}`;
    const spelled = Array.from(body.matchAll(new RegExp(`\\b${bare.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\b`, 'giu')), (m) => m[0]);
    // Prefer the site's mixed-case spelling ("Ouest-France") to a shouted one ("OUEST-FRANCE").
    const best = spelled.find((w) => w !== w.toLowerCase() && w !== w.toUpperCase()) ?? spelled.find((w) => w !== w.toLowerCase());
    if (best) return best;
  }
  return host;
}

function absolute(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const TRACKING = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ref_src|igshid|_ga|page|amp)$/iu;

function withoutTracking(url: string): string | null {
  try {
    const u = new URL(url);
    for (const key of Array.from(u.searchParams.keys())) if (TRACKING.test(key)) u.searchParams.delete(key);
    u.hash = '';
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** "dpa Sachsen" → "dpa"; an outlet that is not a wire stays as written ("Kompas.com"). */
function sourceFrom(value: string): string {
  return agencyName(value) ?? agencyName(value.split(/\s+/u)[0]!) ?? value;
}

export function buildAttribution(input: AttributionInput): Attribution {
  // Attribution only reads the page: its many meta lookups share one reading of the tags.
  return withMetaIndex(input.doc, () => attributionOf(input));
}

function attributionOf(input: AttributionInput): Attribution {
  const { doc, url, credits } = input;
  const ld = input.jsonLd;
  const publisher = own(ld, 'publisher');

  const siteName = squash(meta(doc, 'og:site_name', 'application-name') ?? namesOf(publisher)[0] ?? '') || siteNameFromPage(doc, url, input.articleText) || squash(input.readabilitySiteName ?? '');

  const creditOf = (field: Credit['field']) => credits.filter((c) => c.field === field).map((c) => c.value);
  // One story has one or a few credit lines; a crowd of "By …" lines belongs to teasers of other stories.
  const authorCredits = new Set(creditOf('author').map((n) => n.toLowerCase())).size <= 3 ? creditOf('author') : [];

  const editors = splitNames([...namesOf(own(ld, 'editor')), ...creditOf('editor')], []).people;
  const editor = editors[0] ?? null;

  const ldAuthors = namesOf(own(ld, 'author')).filter((n) => n.toLowerCase() !== siteName?.toLowerCase());
  // Readability has taken the article out of `doc`: the bylines read before cleaning still print the names.
  const pageText = `${input.visibleBylines.join(' ')} ${doc.body?.textContent ?? ''} ${input.articleText}`;
  const organizations = [siteName, ...namesOf(publisher), meta(doc, 'publisher', 'article:publisher', 'dc.publisher'), copyrightHolder(doc)];
  const metaNames = metaAuthors(doc, organizations).map((n) => surnameFirst(n, pageText));
  // Every author link, outside teaser lists: a story by two people links both.
  const relAuthors = [...new Set(Array.from(doc.querySelectorAll('a[rel~="author"], [itemprop="author"] [itemprop="name"]'))
    .filter((el) => !el.closest('li, aside, nav, footer') && !inComments(el))
    // Microdata may give the name in a <meta>/<link> with no text: `<link itemprop="name" content="…">`.
    .map((el) => squash((/^(?:meta|link)$/u.test(el.localName) ? el.getAttribute('content') : el.textContent) ?? ''))
    .filter(Boolean))].slice(0, 6);
  // In order of trust; the first group that names a person wins, so one byline spelled two ways is one author.
  const byReference = own(ld, AUTHOR_BY_REFERENCE) === true;
  const groups = [
    byReference ? [] : ldAuthors,
    metaNames,
    authorCredits,
    relAuthors,
    // A visible byline may itself be a credit line ("Fuente: EFE", "Oleh Bernama").
    // A source line that names no wire ("Zdroj: ČTK" for a wire we do not know) names no person either.
    input.visibleBylines.flatMap((b) => parseCreditLine(b)?.filter((c) => c.field !== 'source' || agencyName(c.value)).map((c) => c.value) ?? [b]),
    input.readabilityByline ? [bylineNames(unescaped(input.readabilityByline))] : [],
    // The reporters a Chinese dateline names ("新华社成都12月7日电（记者 张伟）").
    input.dateline?.reporters ?? [],
    // A link to a writer's page with no byline markup around it ("<a href="/autor/frank_g">Gunter Frank</a> / 22.04.2020").
    authorPageLinks(doc),
    // The posting account (a graph's referenced Person, the Twitter card's "Written by"): the last resort.
    byReference ? ldAuthors : [],
    cardAuthor(doc),
  ];
  const candidates = groups.flat();
  const linkedAuthors = new Set(Array.from(doc.querySelectorAll(AUTHOR_PAGE_LINKS)).map((a) => lettersOnly(squash(a.textContent ?? '').replace(/[,;]+$/u, ''))));
  // The site is no author: its name, each part of a long one ("Infoportal - Diakonie Deutschland"), and a
  // one-word byline that is the host's label ("NDR" on ndr.de, "NMB-Media"). A person's name may be the host
  // of their own blog ("Priya Raman" on priyaraman.example): a name of two words stays.
  const siteParts = siteName && SITE_PART.test(siteName) ? siteName.split(SITE_PART).map((p) => p.trim()).filter((p) => countWords(p) >= 2) : [];
  const hostLabel = registrableLabel(url);
  const isHostLabel = (n: string) => !!hostLabel && !/\s/u.test(n.trim()) && lettersOnly(n).replace(/\s/gu, '') === hostLabel;
  const splits = groups.map((g) => splitNames(g.filter((n) => !isHostLabel(n)), [editor, siteName, ...siteParts], linkedAuthors));
  const newsroom = splits.find((g) => g.newsroom)?.newsroom;
  let named = splits.find((g) => g.people.length) ?? { people: newsroom ? [newsroom] : [], agencies: splits.flatMap((g) => g.agencies) };
  // A long list of names in the tags credits every contributor (photographer, models, stylist); the
  // byline printed on the page ("written by X") names the ones who wrote the story.
  const printed = splits[2]!;
  if (named.people.length > 3 && named !== printed && printed.people.length && printed.people.length < named.people.length) {
    const listed = new Set(named.people.map((n) => lettersOnly(n)));
    if (printed.people.every((n) => listed.has(lettersOnly(n)))) named = printed;
  }
  const authors = named.people.slice(0, 10).map((n) => fullerName(n, doc, own(ld, 'author'), pageText));

  const ldSource = [
    ...namesOf(own(ld, 'sourceOrganization')),
    ...namesOf(own(own(ld, 'isBasedOn'), 'publisher')),
    ...namesOf(own(ld, 'isBasedOn')).filter((n) => !/^https?:/iu.test(n)),
  ];
  const creditSource = creditOf('source')[0];
  // Credit lines first ("Sumber: ANTARA"), then a wire named as the byline, the dateline, structured data.
  const bylineAgency = named.agencies[0] ?? splitNames(candidates, []).agencies[0] ?? null;
  const rawSource = creditSource
    ? sourceFrom(creditSource)
    : bylineAgency ?? input.dateline?.agency ?? input.signOffAgency ?? (ldSource[0] ? sourceFrom(ldSource[0]) : null);
  // Reuters' own site runs Reuters stories: a source may equal the site name.
  const source = rawSource;

  const zone = input.visibleDates.map(visibleZoneOffset).find(Boolean) ?? null;
  const machineModified = toIsoDate(stringOf(own(ld, 'dateModified')), zone) ?? toIsoDate(meta(doc, 'article:modified_time', 'dateModified', 'og:updated_time', 'last-modified'), zone);
  const machinePublished = toIsoDate(stringOf(own(ld, 'datePublished')), zone) ?? toIsoDate(meta(doc, ...PUBLISHED_META), zone);
  const printedDates = printedDays(input, zone);
  const published =
    (machinePublished ? headlineOverMachine(printedOverMachine(machinePublished, doc, zone, printedDates.days), input.headlineDateIsUpdate ? null : input.headlineDate ?? null, zone, printedDates.updates) : null) ??
    toIsoDate(input.timeDatetime, zone) ??
    toIsoDate(input.readabilityPublishedTime, zone) ??
    input.visibleDates.map((d) => parseVisibleDate(d)).find(Boolean) ??
    (input.headlineDate ? parseVisibleDate(input.headlineDate, zone) : null) ??
    (input.pageDates ?? []).map((d) => parseVisibleDate(d, zone)).find(Boolean) ??
    (input.textDates?.published ? parseVisibleDate(input.textDates.published, zone) : null) ??
    toIsoDate(input.anyLdDate, zone);
  const modified = machineModified ?? (input.textDates?.updated ? parseVisibleDate(input.textDates.updated, zone) : null);
  // A page that states only when it was last updated is dated by that, as citation styles do; the
  // date in the address is a guess from the site's scheme and comes last.
  const addressDate = urlDate(url);
  const dated = (published ? agreedWithAddress(published, addressDate) : null) ?? modified ?? addressDate;

  const canonicalUrl =
    absolute(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), url) ??
    absolute(meta(doc, 'og:url'), url) ??
    absolute(stringOf(own(ld, 'mainEntityOfPage')) ?? stringOf(own(own(ld, 'mainEntityOfPage'), '@id')), url) ??
    withoutTracking(url);

  const regionZone = regionTimeZone(doc, url);
  return {
    siteName: siteName || null,
    author: authors.length ? authors.join(', ') : null,
    authors,
    editor,
    source,
    // Offset-less times get the region's offset; UTC times are shown as the region's local time.
    publishedTime: inZone(withZone(dated, regionZone), regionZone),
    modifiedTime: inZone(withZone(modified ?? null, regionZone), regionZone),
    canonicalUrl,
  };
}

const CAPITALIZED_WORD = "\\p{Lu}[\\p{L}'’-]+";

/**
 * A one-word author ("Todd") is the first name of the person the page names in full, where an element
 * holds just that name ("<p class='full-name'>Todd Bates</p>") or the author's own description opens
 * with it ("Stefanus Stahl - Maschinenbauer …"). Only one fuller form may exist, or the name stays.
 */
function fullerName(name: string, doc: Document, ldAuthor: unknown, pageText: string): string {
  if (USER_NAME.test(name)) return nameOfUser(name, pageText) ?? name;
  if (JOINED_USER_NAME.test(name)) return nameOfJoinedUser(name, pageText) ?? name;
  // A first name is written like one; "TIME" or "dpa" is an outlet.
  if (!/^\p{Lu}\p{Ll}+$/u.test(name)) return name;
  const first = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const whole = new RegExp(`^${first}(?:\\s+${CAPITALIZED_WORD}){1,2}$`, 'u');
  // "Stefanus Stahl - Maschinenbauer …", "Nils Pickert ist freier Autor …": the name, then a separator or a small word.
  const opening = new RegExp(`^(${first}(?:\\s+${CAPITALIZED_WORD}){1,2})(?:\\s*[-–—,:(|]|\\s+\\p{Ll})`, 'u');
  const found = new Set<string>();
  for (const person of asList(ldAuthor).slice(0, 5)) {
    const description = own(person, 'description');
    const m = typeof description === 'string' ? opening.exec(squash(description)) : null;
    if (m) found.add(m[1]!);
  }
  for (const el of Array.from(doc.querySelectorAll('p, span, a, strong, b, h2, h3, h4, h5, h6, div, li, address'))) {
    if (el.childElementCount || inComments(el)) continue;
    const text = squash(el.textContent ?? '');
    if (text.length <= 60 && whole.test(text) && cleanName(text) === text) found.add(text);
  }
  return found.size === 1 ? [...found][0]! : name;
}

/** A user name made of a first and a last name ("christian.stadtfeld", "gabor_munier"). */
const USER_NAME = /^\p{Ll}{2,}(?:[._-]\p{Ll}{2,}){1,2}$/u;

/** A user name that runs a first and a last name together ("arianschlichenmayer"): long, so not a plain word. */
const JOINED_USER_NAME = /^\p{Ll}{10,30}$/u;

/** The name the page prints for a joined user name, in two or three capitalized words: "arianschlichenmayer" → "Arian Schlichenmayer". */
function nameOfJoinedUser(user: string, pageText: string): string | null {
  const letters = Array.from(user).map((c) => c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}])${letters.join('\\s?')}(?![\\p{L}])`, 'giu');
  for (const m of foldAccents(pageText).matchAll(pattern)) {
    const name = pageText.slice(m.index, m.index + m[0].length);
    const words = name.split(/\s+/u);
    if (words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return name;
  }
  return null;
}

/** Letters without accents, one code unit for one, so that indexes stay those of the original text. */
function foldAccents(text: string): string {
  return text.replace(/[^\u0000-\u007f]/gu, (c) => {
    const bare = c.normalize('NFD').replace(/\p{M}/gu, '');
    return bare.length === c.length ? bare : c;
  });
}

/** The name the page prints for a user name: "christian.stadtfeld" → "Christian P. Stadtfeld", "gabor_munier" → "Gàbor Muniér". */
function nameOfUser(user: string, pageText: string): string | null {
  const [first, ...rest] = user.split(/[._-]/u);
  const pattern = new RegExp(`(?<![\\p{L}])${first}(?:\\s+\\p{L}\\.)*\\s+${rest.join('\\s+')}(?![\\p{L}])`, 'iu');
  const m = pattern.exec(foldAccents(pageText));
  const name = m ? pageText.slice(m.index, m.index + m[0].length) : null;
  // The page must write it as a name, capitalized.
  return name && name.split(/\s+/u).every((w) => /^\p{Lu}/u.test(w)) ? name : null;
}

/** Names linked to writers' pages, outside teaser lists and comments; more than three is a list of other stories. */
function authorPageLinks(doc: Document): string[] {
  const names = new Set<string>();
  for (const link of Array.from(doc.querySelectorAll(AUTHOR_PAGE_LINKS)).slice(0, 30)) {
    if (link.closest('li, aside, nav, footer') || inComments(link)) continue;
    const name = squash(link.textContent ?? '');
    if (name) names.add(name);
  }
  return names.size <= 3 ? [...names] : [];
}

const DAY_MS = 86_400_000;

/** A time with seconds ("2018-08-29 14:15:57"): a system's stamp of a change, not a date typeset for the reader. */
const STAMP = /\d{1,2}:\d{2}:\d{2}/u;

/**
 * The date printed under the headline, where the machine-readable date is more than a day from it: the
 * reader is shown, and cites, the printed one; a template or a re-saved page moves the other (a theme's
 * date, the last edit's). Traps: a day the page marks as the update's, a system's stamp with seconds.
 */
function headlineOverMachine(machine: string, headlineDate: string | null, zone: string | null, updates: Set<string>): string {
  if (!headlineDate || UPDATE_MARK.test(headlineDate) || STAMP.test(headlineDate)) return machine;
  const printed = parseVisibleDate(headlineDate, zone);
  // A day the page prints anywhere as the update's ("Updated <time>06.01.2020</time>": the label and the day are two texts).
  if (!printed || updates.has(printed.slice(0, 10))) return machine;
  const gap = Math.abs(Date.parse(printed.slice(0, 10)) - Date.parse(machine.slice(0, 10)));
  return gap > DAY_MS ? printed : machine;
}

/**
 * The publishing date, unless the story's address holds a full date ("/2019/10/22/…") more than a day from
 * it: a site writes that into the permalink when the story goes out, while a template's date (a theme's
 * release, the first version of a reused page) may be years off. A day either way is a time zone's doing.
 */
function agreedWithAddress(published: string, addressDate: string | null): string {
  if (!addressDate) return published;
  const day = Date.parse(published.slice(0, 10));
  return Number.isNaN(day) || Math.abs(day - Date.parse(addressDate)) <= DAY_MS ? published : addressDate;
}

/** Meta keys that give the publishing date, in order of trust. */
const PUBLISHED_META = ['article:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.issued', 'dcterms.created', 'parsely-pub-date', 'og:article:published_time', 'sailthru.date', 'article.published', 'published_time', 'release_date'];

/**
 * The first machine-readable date (JSON-LD, then the meta tags in order), unless the page prints another
 * day that a meta tag gives too, and not the first one's: that one then dates a first version or the
 * product, the printed day is the story's. A date printed as the last update's does not count.
 */
function printedOverMachine(first: string, doc: Document, zone: string | null, printed: Set<string>): string {
  if (!printed.size || printed.has(first.slice(0, 10))) return first;
  for (const key of PUBLISHED_META) {
    const date = toIsoDate(metaAll(doc, key)[0] ?? null, zone);
    if (date && printed.has(date.slice(0, 10))) return date;
  }
  return first;
}

const UPDATE_MARK = new RegExp(`(?:^|[^\\p{L}])(?:${UPDATE_WORDS.join('|')})(?![\\p{L}])`, 'iu');

/**
 * The days the page prints as the story's: date lines, the date under the headline, date elements. A day
 * printed anywhere as an update's ("Updated Jul 24, 2018", perhaps also bare in a <time> inside) is not.
 */
function printedDays(input: AttributionInput, zone: string | null): { days: Set<string>; updates: Set<string> } {
  const days = new Set<string>();
  const updates = new Set<string>();
  for (const text of [...input.visibleDates, input.headlineDate ?? '', ...(input.pageDates ?? [])]) {
    const day = text ? parseVisibleDate(text, zone)?.slice(0, 10) : null;
    if (day) (UPDATE_MARK.test(text) ? updates : days).add(day);
  }
  for (const day of updates) days.delete(day);
  return { days, updates };
}

/** The IANA zone of the page's region (language tag region, then country domain, then a one-zone language). */
function regionTimeZone(doc: Document, url: string): string | null {
  const tag = declaredLanguage(doc) ?? '';
  const region = /-([A-Z]{2})$/u.exec(tag)?.[1];
  if (region && ZONE_BY_REGION[region]) return ZONE_BY_REGION[region];
  const tld = /\.([a-z]{2})$/u.exec(hostName(url) ?? '')?.[1]?.toUpperCase();
  if (tld && ZONE_BY_REGION[tld]) return ZONE_BY_REGION[tld];
  return ZONE_BY_LANGUAGE[tag.split('-')[0] ?? ''] ?? null;
}
