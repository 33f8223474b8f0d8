/** The armed-forces family's demo data (design section 8), apart from its subgraph. */
export { ACTIVITY, demoArmedUnits, seedDemo } from './activities';
