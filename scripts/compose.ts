/** `npm run compose`: regenerates schema/supergraph.graphql from the four subgraph SDLs. */
import { writeFileSync } from 'node:fs';
import { composeSupergraph, SUPERGRAPH_PATH } from '../gateway/supergraph';

const { supergraphSdl, errors, hints } = composeSupergraph();
for (const hint of hints) console.warn(`hint: ${hint}`);
if (!supergraphSdl) {
  for (const error of errors) console.error(`error: ${error}`);
  process.exit(1);
}
writeFileSync(SUPERGRAPH_PATH, supergraphSdl);
console.log(`wrote ${SUPERGRAPH_PATH}`);
