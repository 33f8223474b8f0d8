/**
 * English words for the graph's enum values, the ones the report shows (the data
 * itself stays Vietnamese). A value without a label is shown as the graph has it,
 * so a value added to the schema later still appears.
 */
const LABELS = {
  family: { PARTY: 'Party', STATE: 'State', FRONT: 'Front', ARMED_FORCES: 'Armed forces' },
  level: { CENTRAL: 'Central', PROVINCIAL: 'Provincial', DISTRICT: 'District', COMMUNE: 'Commune' },
  obligationStatus: { ON_TIME: 'On time', LATE: 'Late', OVERDUE: 'Overdue', NOT_YET_DUE: 'Not yet due' },
  caseStatus: { RECEIVED: 'Received', IN_PROGRESS: 'In progress', RESOLVED: 'Resolved', CLOSED: 'Closed' },
  caseCategory: {
    LAND_ACQUISITION_RESETTLEMENT: 'Land acquisition and resettlement',
    ENVIRONMENTAL_POLLUTION: 'Environmental pollution',
    WATER_SUPPLY: 'Water supply',
    INFRASTRUCTURE: 'Infrastructure',
    SOCIAL_WELFARE: 'Social welfare',
    ETHNIC_RELIGIOUS_AFFAIRS: 'Ethnic and religious affairs',
    LABOUR: 'Labour',
    OTHER: 'Other',
  },
  activityKind: {
    DISASTER_RELIEF: 'Disaster relief',
    EPIDEMIC_RESPONSE: 'Epidemic response',
    NEW_RURAL_CONSTRUCTION: 'New rural construction',
    POVERTY_REDUCTION: 'Poverty reduction',
    HOUSING: 'Housing',
    HEALTHCARE: 'Healthcare',
    PROPAGANDA: 'Propaganda and legal education',
    OTHER: 'Other',
  },
  modelKind: { COLLECTIVE: 'Collective', INDIVIDUAL: 'Individual' },
  modelField: {
    ECONOMIC: 'Economic',
    CULTURAL_SOCIAL: 'Cultural and social',
    DEFENCE_SECURITY: 'Defence and security',
    POLITICAL_SYSTEM: 'Political system building',
  },
  documentKind: {
    RESOLUTION: 'Resolution',
    DIRECTIVE: 'Directive',
    REGULATION: 'Regulation',
    DECISION: 'Decision',
    CONCLUSION: 'Conclusion',
    INSTRUCTION: 'Instruction',
    PLAN: 'Plan',
  },
  frequency: {
    MONTHLY: 'monthly',
    QUARTERLY: 'quarterly',
    SEMI_ANNUAL: 'semi-annual',
    NINE_MONTHS: 'nine-month',
    ANNUAL: 'annual',
  },
} satisfies Record<string, Record<string, string>>;

export type LabelKind = keyof typeof LABELS;

export function label(kind: LabelKind, value: string): string {
  return (LABELS[kind] as Record<string, string>)[value] ?? value;
}

/** 0.75 → `75%`, 22/27 → `81.5%`; null (nothing due yet) → `n/a`. */
export function percent(rate: number | null): string {
  if (rate === null || !Number.isFinite(rate)) return 'n/a';
  return `${Number((rate * 100).toFixed(1))}%`;
}
