/**
 * The state family's demo data (design section 8), apart from its subgraph: the
 * units of the demo provinces, their agencies, cases and dialogues.
 */
export { agencyRows, seedDemo } from './cases';
