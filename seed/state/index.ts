/** The state family's demo data (design section 8), apart from its subgraph: moving here from subgraphs/state/. */
export { seedDemo } from '../../subgraphs/state/seed';
