import type { MatchKind } from '../generated/resolvers';
import { LONGEST_CORRECTED, type Lexicon } from './lexicon';
import type { Thesaurus } from './thesaurus';
import { formOf } from './wordForms';
import { allOf, anyOf, word as asWord, type TextQuery } from './textQuery';

/**
 * The ways an offering may match a search, best first: an offering matches by the worst way any of
 * its parts does, and ranks among those that match the same way.
 */
export const MATCH_ORDER: readonly MatchKind[] = ['EXACT', 'COMPOUND_PART', 'WORD_FORM', 'SYNONYM', 'TRANSLATION', 'TYPO'];

/** One way a part of a search may occur. */
interface Alternative {
  kind: MatchKind;
  expression: TextQuery;
}

/** A word of a search (or a quoted phrase) and the ways it may occur. */
interface SearchWord {
  alternatives: Alternative[];
}

/** Words that name one concept ("künstliche Intelligenz"), with its other names, or a single word. */
interface SearchPart {
  words: SearchWord[];
  equivalents: Alternative[];
}

/** What a search looks for, way by way: the full-text queries of each rank and the words to highlight. */
export interface SearchPlan {
  /** The places in MATCH_ORDER that some part has a way of, ascending; always starts with EXACT. */
  ranks: number[];
  /** The query that matches every offering matching at `rank` or better. */
  query(rank: number): TextQuery;
  /**
   * The query to order those matching at `rank` by relevance: without parts of compounds, whose
   * hundreds of words make ranking take seconds. Null for the rank of compounds itself.
   */
  rankingQuery(rank: number): TextQuery | null;
  /** The folded words and phrases to mark in snippets: as typed and every other way they occur. */
  highlights: string[];
}

/** A term as found typed: a word or the start of one ("Digi" finds "Digitalisierung"); one or two letters ("KI") whole. */
export const asTyped = (term: string): TextQuery => asWord(term, term.length >= 3);

/** Terms that are typed as they are to find things: no forms, corrections or compounds below this. */
const SHORTEST_FORGIVEN = 3;

export interface PlanOptions {
  lexicon: Lexicon;
  thesaurus: Thesaurus;
  /** Off, a search finds the words as typed, their beginnings and compounds only (the benchmark's baseline). */
  forgiving: boolean;
}

function wordOf(term: string, { lexicon, forgiving }: PlanOptions, highlights: Set<string>): SearchWord {
  highlights.add(term);
  const alternatives: Alternative[] = [{ kind: 'EXACT', expression: asTyped(term) }];
  if (term.length < SHORTEST_FORGIVEN || term.length > LONGEST_CORRECTED || term.includes(' ')) return { alternatives };
  const add = (kind: MatchKind, words: readonly string[]): void => {
    for (const word of words) {
      alternatives.push({ kind, expression: asWord(word) });
      if (kind !== 'COMPOUND_PART') highlights.add(word);
    }
  };
  // Forms the term begins it finds as typed.
  if (forgiving) add('WORD_FORM', lexicon.formsOf(term).filter((form) => !form.startsWith(term)));
  add('COMPOUND_PART', lexicon.compoundsOf(term) ?? []);
  if (forgiving) add('TYPO', lexicon.correctionsOf(term).map((c) => c.word));
  return { alternatives };
}

/** Phrases are found in other forms through their words' stems, where each keeps this many letters. */
const SHORTEST_PHRASE_STEM = 4;

/**
 * A concept's other name as search finds it: a word and its forms (never a prefix: "AI" is not
 * "aim"), or a phrase as written and, where every word has a stem long enough to say something,
 * its words' stems side by side in any form ("neuronale Netze" for "neuronales Netz").
 */
function equivalentOf(words: readonly string[], kind: MatchKind, lexicon: Lexicon, highlights: Set<string>): Alternative {
  const phrase = words.join(' ');
  const forms = words.length === 1 ? lexicon.formsOf(phrase) : [];
  for (const word of [phrase, ...forms]) highlights.add(word);
  const stems = words.length > 1 ? words.map(formOf) : [];
  const inOtherForms: TextQuery[] = stems.length > 0 && stems.every((stem) => stem.length >= SHORTEST_PHRASE_STEM) ? [{ near: stems }] : [];
  return { kind, expression: anyOf([...[phrase, ...forms].map((w) => asWord(w)), ...inOtherForms]) };
}

/**
 * Plans a search: each typed term with its forms, the compounds it is part of and its corrections;
 * runs of terms that name a concept of the thesaurus also by the concept's other names, and two
 * terms that the index holds as one word also as that word.
 */
export function planSearch(terms: readonly string[], options: PlanOptions): SearchPlan {
  const highlights = new Set<string>();
  const parts: SearchPart[] = [];
  const single = (at: number): boolean => at < terms.length && !terms[at]!.includes(' ');
  for (let i = 0; i < terms.length; ) {
    const concept = options.forgiving && single(i) ? options.thesaurus.match(terms, i) : null;
    // Two words typed apart that the catalogue writes as one ("Video Schnitt", "Videoschnitt").
    const joined = !concept && options.forgiving && single(i) && single(i + 1) && options.lexicon.has(terms[i]! + terms[i + 1]!) ? terms[i]! + terms[i + 1]! : null;
    const length = concept ? concept.length : joined ? 2 : 1;
    if (joined) highlights.add(joined);
    // The compound, too, may name a concept ("Video Schnitt" as "Videoschnitt", "video editing").
    const equivalents = (joined ? options.thesaurus.match([joined], 0) : concept)?.equivalents ?? [];
    parts.push({
      words: terms.slice(i, i + length).map((term) => wordOf(term, options, highlights)),
      equivalents: [...(joined ? [{ kind: 'COMPOUND_PART' as const, expression: asWord(joined) }] : []), ...equivalents.map((e) => equivalentOf(e.words, e.kind, options.lexicon, highlights))],
    });
    i += length;
  }
  const rankOf = (a: Alternative): number => MATCH_ORDER.indexOf(a.kind);
  const ranks = [...new Set([0, ...parts.flatMap((p) => [...p.words.flatMap((w) => w.alternatives), ...p.equivalents].map(rankOf))])].sort((a, b) => a - b);
  const compound = MATCH_ORDER.indexOf('COMPOUND_PART');
  const build = (rank: number, withCompounds: boolean): TextQuery => {
    const within = (a: Alternative): boolean => rankOf(a) <= rank && (withCompounds || a.kind !== 'COMPOUND_PART');
    return allOf(
      parts.map((part) => {
        const words = allOf(part.words.map((w) => anyOf(w.alternatives.filter(within).map((a) => a.expression))));
        return anyOf([words, ...part.equivalents.filter(within).map((a) => a.expression)]);
      }),
    );
  };
  return {
    ranks,
    query: (rank) => build(rank, true),
    rankingQuery: (rank) => (rank === compound ? null : build(rank, false)),
    highlights: [...highlights],
  };
}
