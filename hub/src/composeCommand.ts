import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { apiSchemaChanges, unrecordedBreakingChanges } from './apiSchemaChanges';
import { composeSupergraph } from '@campus/gateway';
import { API_SCHEMA_FILE, CHANGELOG_FILE, STANDALONE_SUBGRAPHS, SUPERGRAPH_FILE } from './standaloneSupergraph';

/**
 * `npm run compose`: composes the subgraphs' SDL files and writes the supergraph file and the
 * public API schema; a breaking change to the API is written only once CHANGELOG.md records it.
 */
const outcome = composeSupergraph(STANDALONE_SUBGRAPHS);
if (!outcome.ok) {
  console.error(`The subgraphs do not compose:\n- ${outcome.errors.join('\n- ')}`);
  process.exit(1);
}
if (existsSync(API_SCHEMA_FILE)) {
  const changes = await apiSchemaChanges(readFileSync(API_SCHEMA_FILE, 'utf8'), outcome.apiSchemaSdl);
  for (const change of changes) console.log(`${change.breaking ? 'BREAKING ' : ''}${change.message}`);
  const unrecorded = unrecordedBreakingChanges(changes, readFileSync(CHANGELOG_FILE, 'utf8'));
  if (unrecorded.length > 0) {
    console.error(`Breaking changes that CHANGELOG.md does not record (name each coordinate there, in backticks; or deprecate first):\n- ${unrecorded.map((c) => `\`${c.path}\`: ${c.message}`).join('\n- ')}`);
    process.exit(1);
  }
}
writeFileSync(SUPERGRAPH_FILE, outcome.supergraphSdl);
writeFileSync(API_SCHEMA_FILE, outcome.apiSchemaSdl);
console.log(`supergraph written to ${SUPERGRAPH_FILE}, API schema to ${API_SCHEMA_FILE}`);
