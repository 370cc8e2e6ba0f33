import { CATEGORY_MAPPING, TARGET_GROUP_KEYWORDS, TOPIC_KEYWORDS } from './classificationRules';
import { foldText, type ClassificationReason, type TargetGroup, type Topic } from '@campus/schema';

export interface Classification {
  topics: Topic[];
  targetGroups: TargetGroup[];
  reasons: ClassificationReason[];
}

const TOPIC_SET = new Set<string>(Object.keys(TOPIC_KEYWORDS));

/**
 * One pattern per topic or group, all its keywords as alternatives: a keyword of five letters or
 * more matches the start of a word ("datenschutz" in "Datenschutzgrundverordnung", not
 * "offentlich" in "veröffentlicht"); shorter ones match whole words only ("ki", not "kita").
 */
function keywordPattern(keywords: readonly string[]): RegExp {
  const escape = (keyword: string): string => keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const long = keywords.filter((k) => k.length >= 5).map(escape);
  const short = keywords.filter((k) => k.length < 5).map(escape);
  const alternatives = [...(long.length ? [`(${long.join('|')})`] : []), ...(short.length ? [`(${short.join('|')})(?![a-z0-9])`] : [])];
  return new RegExp(`(?<![a-z0-9])(?:${alternatives.join('|')})`, 'g');
}

const TOPIC_PATTERNS = Object.entries(TOPIC_KEYWORDS).map(([topic, words]) => [topic as Topic, keywordPattern(words)] as const);
const GROUP_PATTERNS = Object.entries(TARGET_GROUP_KEYWORDS).map(([group, words]) => [group as TargetGroup, keywordPattern(words)] as const);

/**
 * Topics and target groups for an offering: from its own categories through the mapping table
 * (the hub's, extended by the feed's), otherwise from keywords in its text, otherwise from the
 * feed's defaults; each with the reason, so that a partner sees why.
 */
export function classifyOffering(text: string, categories: readonly string[], feedMapping: Record<string, readonly string[]>, defaultGroups: readonly TargetGroup[]): Classification {
  const reasons: ClassificationReason[] = [];
  const mapping = new Map<string, readonly string[]>([...Object.entries(CATEGORY_MAPPING), ...Object.entries(feedMapping).map(([k, v]) => [foldText(k), v] as const)]);
  for (const category of categories) {
    for (const value of mapping.get(foldText(category.trim())) ?? []) {
      reasons.push({ facet: TOPIC_SET.has(value) ? 'TOPIC' : 'TARGET_GROUP', value, source: 'CATEGORY', evidence: `category "${category}"` });
    }
  }
  const folded = foldText(text);
  const hasFacet = (facet: ClassificationReason['facet']): boolean => reasons.some((r) => r.facet === facet);
  if (!hasFacet('TOPIC')) reasons.push(...keywordReasons('TOPIC', TOPIC_PATTERNS, folded));
  if (!hasFacet('TARGET_GROUP')) reasons.push(...keywordReasons('TARGET_GROUP', GROUP_PATTERNS, folded));
  if (!hasFacet('TARGET_GROUP')) {
    reasons.push(...defaultGroups.map((value): ClassificationReason => ({ facet: 'TARGET_GROUP', value, source: 'FEED_DEFAULT', evidence: 'the feed is registered for this group' })));
  }
  const unique = reasons.filter((r, i) => reasons.findIndex((o) => o.facet === r.facet && o.value === r.value) === i);
  return {
    topics: unique.filter((r) => r.facet === 'TOPIC').map((r) => r.value as Topic),
    targetGroups: unique.filter((r) => r.facet === 'TARGET_GROUP').map((r) => r.value as TargetGroup),
    reasons: unique,
  };
}

function keywordReasons<T extends string>(facet: ClassificationReason['facet'], patterns: readonly (readonly [T, RegExp])[], folded: string): ClassificationReason[] {
  return patterns.flatMap(([value, pattern]) => {
    const matched = [...new Set([...folded.matchAll(pattern)].map((m) => m[0]))];
    return matched.length > 0 ? [{ facet, value, source: 'KEYWORD' as const, evidence: `keywords: ${matched.join(', ')}` }] : [];
  });
}
