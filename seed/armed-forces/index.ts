/** The armed-forces family's demo data (design section 8), apart from its subgraph: moving here from subgraphs/armed-forces/. */
export { seedDemo } from '../../subgraphs/armed-forces/seed';
