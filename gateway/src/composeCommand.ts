import { writeFileSync } from 'node:fs';
import { composeSupergraph } from './composeSupergraph';
import { STANDALONE_SUBGRAPHS, SUPERGRAPH_FILE } from './standaloneSupergraph';

/** `npm run compose`: composes the subgraphs' SDL files and writes the supergraph file. */
const outcome = composeSupergraph(STANDALONE_SUBGRAPHS);
if (!outcome.ok) {
  console.error(`The subgraphs do not compose:\n- ${outcome.errors.join('\n- ')}`);
  process.exit(1);
}
writeFileSync(SUPERGRAPH_FILE, outcome.supergraphSdl);
console.log(`supergraph written to ${SUPERGRAPH_FILE}`);
