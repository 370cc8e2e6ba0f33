import { readFileSync } from 'node:fs';
import { parseHubConfig, type HubConfig } from '@campus/schema';

/** Reads the operator's configuration file; a bad file stops start-up with every problem listed. */
export function loadHubConfig(path: string): HubConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read the feeds configuration ${path}: ${(error as Error).message}`, { cause: error });
  }
  const parsed = parseHubConfig(text);
  if (!parsed.ok) throw new Error(`the feeds configuration ${path} has problems:\n- ${parsed.problems.join('\n- ')}`);
  return parsed.config;
}
