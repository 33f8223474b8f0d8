/** The front family's demo data (design section 8), apart from its subgraph: moving here from subgraphs/front/. */
export { seedDemo } from '../../subgraphs/front/seed';
