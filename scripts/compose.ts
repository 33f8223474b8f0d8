/** `npm run compose`: regenerates schema/supergraph.graphql from the four subgraph SDLs. */
import { writeFileSync } from 'node:fs';
import { composeSupergraph, SUPERGRAPH_PATH } from '../gateway/supergraph';

const { supergraphSdl, errors, hints } = composeSupergraph();
for (const hint of hints) process.stderr.write(`hint: ${hint}\n`);
if (!supergraphSdl) {
  for (const error of errors) process.stderr.write(`error: ${error}\n`);
  process.exit(1);
}
writeFileSync(SUPERGRAPH_PATH, supergraphSdl);
process.stdout.write(`wrote ${SUPERGRAPH_PATH}\n`);
