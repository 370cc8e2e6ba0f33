import { CATEGORY_MAPPING, TARGET_GROUP_KEYWORDS, TOPIC_KEYWORDS } from './classificationRules';
import { foldText, type ClassificationReason, type TargetGroup, type Topic } from '@campus/schema';

export interface Classification {
  topics: Topic[];
  targetGroups: TargetGroup[];
  reasons: ClassificationReason[];
}

const TOPIC_SET = new Set<string>(Object.keys(TOPIC_KEYWORDS));

/** Keywords match at the start of a word ("datenschutz" in "Datenschutzgrundverordnung", not in
 * "veröffentlicht" for "offentlich"); short ones must also end the word ("ki", not "kita"). */
function keywordPattern(keyword: string): RegExp {
  const escaped = keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return keyword.length >= 5 ? new RegExp(`(^|[^a-z0-9])${escaped}`) : new RegExp(`(^|[^a-z0-9])${escaped}($|[^a-z0-9])`);
}

const TOPIC_PATTERNS = Object.entries(TOPIC_KEYWORDS).map(([topic, words]) => [topic as Topic, words.map((w) => [w, keywordPattern(w)] as const)] as const);
const GROUP_PATTERNS = Object.entries(TARGET_GROUP_KEYWORDS).map(([group, words]) => [group as TargetGroup, words.map((w) => [w, keywordPattern(w)] as const)] as const);

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

function keywordReasons<T extends string>(facet: ClassificationReason['facet'], patterns: readonly (readonly [T, readonly (readonly [string, RegExp])[]])[], folded: string): ClassificationReason[] {
  return patterns.flatMap(([value, words]) => {
    const matched = words.filter(([, pattern]) => pattern.test(folded)).map(([word]) => word);
    return matched.length > 0 ? [{ facet, value, source: 'KEYWORD' as const, evidence: `keywords: ${matched.join(', ')}` }] : [];
  });
}
