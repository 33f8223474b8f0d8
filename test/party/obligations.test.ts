import { compliance, obligationStatus, ReportFacts, unitOrganizationSubmitters } from '../../subgraphs/party/reporting/obligations';
import { DEFAULT_DUE_DAYS, validatePeriod } from '../../subgraphs/party/reporting/periods';
import { REGULATION_DEFAULTS } from '../../subgraphs/party/reporting/guidance';

/** The status rules of the regime (design section 4) on plain objects, no database. */
const DUE = '2024-10-10';

let counter = 0;
function report(submittedAt: string, extra: Partial<ReportFacts> = {}): ReportFacts {
  counter += 1;
  return { id: `r${counter}`, kind: 'PERIODIC', submittedAt: new Date(submittedAt), originalId: null, ...extra };
}

describe('obligationStatus', () => {
  it('counts a report at 23:30 on the due date (Vietnam time) as on time', () => {
    const r = report('2024-10-10T23:30:00+07:00');
    expect(obligationStatus([r], DUE, '2024-10-20')).toEqual({ status: 'ON_TIME', report: r });
  });

  it('counts a report at 00:30 the next day as late, though it is still the 10th in UTC', () => {
    const r = report('2024-10-11T00:30:00+07:00');
    expect(r.submittedAt.toISOString()).toBe('2024-10-10T17:30:00.000Z');
    expect(obligationStatus([r], DUE, '2024-10-20')).toEqual({ status: 'LATE', report: r });
  });

  it('keeps the timeliness of the first report and shows its latest correction', () => {
    const original = report('2024-10-08T09:00:00+07:00');
    const correction = report('2024-10-15T10:00:00+07:00', { originalId: original.id });
    const second = report('2024-10-17T10:00:00+07:00', { originalId: original.id });
    expect(obligationStatus([second, original, correction], DUE, '2024-10-20')).toEqual({ status: 'ON_TIME', report: second });
    // As of a date before the later corrections, the report shown is the one known then.
    expect(obligationStatus([second, original, correction], DUE, '2024-10-16')).toEqual({ status: 'ON_TIME', report: correction });
  });

  it('a late original stays late when corrected', () => {
    const original = report('2024-10-12T09:00:00+07:00');
    const correction = report('2024-10-13T09:00:00+07:00', { originalId: original.id });
    expect(obligationStatus([original, correction], DUE, '2024-10-20')).toEqual({ status: 'LATE', report: correction });
  });

  it('ignores urgent reports', () => {
    const urgent = report('2024-08-20T10:00:00+07:00', { kind: 'URGENT' });
    expect(obligationStatus([urgent], DUE, '2024-10-20')).toEqual({ status: 'OVERDUE', report: null });
    const periodic = report('2024-10-09T10:00:00+07:00');
    expect(obligationStatus([urgent, periodic], DUE, '2024-10-20')).toEqual({ status: 'ON_TIME', report: periodic });
  });

  it('is NOT_YET_DUE up to the due date and OVERDUE the day after', () => {
    expect(obligationStatus([], DUE, '2024-10-09').status).toBe('NOT_YET_DUE');
    expect(obligationStatus([], DUE, '2024-10-10').status).toBe('NOT_YET_DUE');
    expect(obligationStatus([], DUE, '2024-10-11').status).toBe('OVERDUE');
  });

  it('ignores reports submitted after the as-of date', () => {
    const late = report('2024-10-22T09:00:00+07:00');
    expect(obligationStatus([late], DUE, '2024-10-20')).toEqual({ status: 'OVERDUE', report: null });
    expect(obligationStatus([late], DUE, '2024-10-22')).toEqual({ status: 'LATE', report: late });
    const early = report('2024-10-05T09:00:00+07:00');
    expect(obligationStatus([early], DUE, '2024-10-04')).toEqual({ status: 'NOT_YET_DUE', report: null });
    expect(obligationStatus([early], DUE, '2024-10-05')).toEqual({ status: 'ON_TIME', report: early });
  });
});

describe('unitOrganizationSubmitters (rule 1)', () => {
  const organizations = {
    stateAgencies: [
      { id: 'PCOM-60', kind: 'PEOPLES_COMMITTEE', level: 'PROVINCIAL' as const },
      { id: 'PCOU-60', kind: 'PEOPLES_COUNCIL', level: 'PROVINCIAL' as const },
      { id: 'DONRE-60', kind: 'DEPARTMENT', level: 'PROVINCIAL' as const },
    ],
    frontOrganizations: [
      { id: 'VFF-60', level: 'PROVINCIAL' as const },
      { id: 'WU-60', level: 'PROVINCIAL' as const },
    ],
    armedUnits: [
      { id: 'BG-60', kind: 'BORDER_GUARD', level: 'PROVINCIAL' as const },
      { id: 'MR-7', kind: 'MILITARY_REGION', level: 'CENTRAL' as const },
      { id: 'POL-60', kind: 'POLICE', level: 'PROVINCIAL' as const },
    ],
  };

  it("takes the People's Committee, every Front organization and the armed units of the unit's tier", () => {
    expect(unitOrganizationSubmitters({ level: 'PROVINCIAL', ...organizations })).toEqual([
      { __typename: 'StateAgency', id: 'PCOM-60' },
      { __typename: 'FrontOrganization', id: 'VFF-60' },
      { __typename: 'FrontOrganization', id: 'WU-60' },
      { __typename: 'ArmedUnit', id: 'BG-60' },
      { __typename: 'ArmedUnit', id: 'POL-60' },
    ]);
  });

  it('has none at the nation', () => {
    expect(unitOrganizationSubmitters({ level: 'CENTRAL', ...organizations })).toEqual([]);
  });
});

describe('compliance', () => {
  const period = validatePeriod({ year: 2024, frequency: 'QUARTERLY', index: 3 });
  const recipient = { id: 'PC-1' };
  const copyTo = { id: 'MMC-1' };
  const submitter = (id: string) => ({ __typename: 'StateAgency', id });
  const committee = (id: string) => ({ __typename: 'PartyCommittee', id });
  const sent = (submitterId: string, at: string, extra: Partial<ReportFacts> = {}) => ({
    ...report(at, extra),
    submitterType: submitterId.startsWith('PC-') ? 'PartyCommittee' : 'StateAgency',
    submitterId,
  });

  it('lists rule 1 then rule 2, with totals and the rate over the obligations already due', () => {
    const result = compliance({
      period,
      asOf: '2024-10-20',
      recipient,
      copyTo,
      unitSubmitters: [submitter('A'), submitter('B'), submitter('C')],
      subordinateCommittees: [committee('PC-2'), committee('PC-3')],
      reports: [
        sent('A', '2024-10-09T10:00:00+07:00'),
        sent('B', '2024-10-12T10:00:00+07:00'),
        sent('PC-2', '2024-10-01T10:00:00+07:00'),
        sent('PC-2', '2024-08-01T10:00:00+07:00', { kind: 'URGENT' }),
        // A report from someone owing nothing changes nothing.
        sent('Z', '2024-10-01T10:00:00+07:00'),
      ],
      guidance: { ...REGULATION_DEFAULTS, dueDays: DEFAULT_DUE_DAYS },
    });
    expect(result.obligations.map((o) => [o.rule, o.submitter.id, o.status, o.dueOn])).toEqual([
      ['UNIT_ORGANIZATION', 'A', 'ON_TIME', '2024-10-10'],
      ['UNIT_ORGANIZATION', 'B', 'LATE', '2024-10-10'],
      ['UNIT_ORGANIZATION', 'C', 'OVERDUE', '2024-10-10'],
      ['SUBORDINATE_COMMITTEE', 'PC-2', 'ON_TIME', '2024-10-10'],
      ['SUBORDINATE_COMMITTEE', 'PC-3', 'OVERDUE', '2024-10-10'],
    ]);
    expect(result.obligations.every((o) => o.recipient === recipient && o.copyTo === copyTo)).toBe(true);
    expect(result).toMatchObject({ asOf: '2024-10-20', onTime: 2, late: 1, overdue: 2, notYetDue: 0, complianceRate: 0.4 });
  });

  it('has a null rate while nothing is due yet', () => {
    const result = compliance({
      period,
      asOf: '2024-10-01',
      recipient,
      copyTo: null,
      unitSubmitters: [submitter('A')],
      subordinateCommittees: [],
      reports: [],
      guidance: { ...REGULATION_DEFAULTS, dueDays: DEFAULT_DUE_DAYS },
    });
    expect(result).toMatchObject({ onTime: 0, late: 0, overdue: 0, notYetDue: 1, complianceRate: null });
    expect(result.obligations[0].copyTo).toBeNull();
  });

  it('owes nothing to a unit without a committee', () => {
    const result = compliance({
      period,
      asOf: '2024-10-20',
      recipient: null,
      copyTo: null,
      unitSubmitters: [submitter('A')],
      subordinateCommittees: [],
      reports: [],
    });
    expect(result).toMatchObject({ obligations: [], onTime: 0, complianceRate: null, recipient: null });
  });
});
