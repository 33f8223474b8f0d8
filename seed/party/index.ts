/** The party family's demo data (design section 8), apart from its subgraph: moving here from subgraphs/party/. */
export { seedDemo } from '../../subgraphs/party/seed';
