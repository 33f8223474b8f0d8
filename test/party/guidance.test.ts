import {
  broaderEndingTogether,
  coveredDays,
  dueOn,
  type Guidance,
  guidanceFor,
  owedPeriodsOfYear,
  owes,
  REGULATION_DEFAULTS,
  type StoredGuidance,
} from '../../subgraphs/party/reporting/guidance';
import { periodLabel } from '../../lib';
import { validatePeriod } from '../../subgraphs/party/reporting/periods';

/** The rules of reporting guidance (design section 4), on plain values. */
const broadestOnly: Guidance = { ...REGULATION_DEFAULTS, broadestOnly: true };
const stored = (commissionId: string, unitPath: string, takesEffectOn: string, more: Partial<StoredGuidance> = {}): StoredGuidance => ({
  ...REGULATION_DEFAULTS,
  commissionId,
  unitPath,
  takesEffectOn,
  commissionValidFrom: null,
  commissionValidTo: null,
  ...more,
});

describe('which periods a guidance owes', () => {
  it('owes 20 reports a year under the regulation, 12 when a period-end month owes only the broadest', () => {
    expect(owedPeriodsOfYear(REGULATION_DEFAULTS, 2026)).toHaveLength(20);
    expect(owedPeriodsOfYear(broadestOnly, 2026).map(periodLabel)).toEqual([
      '2026-M01',
      '2026-M02',
      '2026-Q1',
      '2026-M04',
      '2026-M05',
      '2026-H1',
      '2026-M07',
      '2026-M08',
      '2026-9M',
      '2026-M10',
      '2026-M11',
      '2026',
    ]);
  });

  it('names the broader periods ending together: December ends the quarter, the half and the year', () => {
    expect(broaderEndingTogether(validatePeriod({ year: 2026, frequency: 'MONTHLY', index: 12 }))).toEqual([
      'QUARTERLY',
      'SEMI_ANNUAL',
      'ANNUAL',
    ]);
    expect(broaderEndingTogether(validatePeriod({ year: 2026, frequency: 'QUARTERLY', index: 3 }))).toEqual(['NINE_MONTHS']);
    expect(broaderEndingTogether(validatePeriod({ year: 2026, frequency: 'MONTHLY', index: 5 }))).toEqual([]);
  });

  it('owes the month of a quarter-end when the quarter is not among the frequencies owed', () => {
    const monthsAndYear: Guidance = { ...broadestOnly, frequencies: ['MONTHLY', 'ANNUAL'] };
    expect(owes(monthsAndYear, validatePeriod({ year: 2026, frequency: 'MONTHLY', index: 3 }))).toBe(true);
    expect(owes(monthsAndYear, validatePeriod({ year: 2026, frequency: 'MONTHLY', index: 12 }))).toBe(false);
    expect(owes(monthsAndYear, validatePeriod({ year: 2026, frequency: 'QUARTERLY', index: 1 }))).toBe(false);
  });

  it('gives the due day of the guidance', () => {
    const quick: Guidance = { ...REGULATION_DEFAULTS, dueDays: { ...REGULATION_DEFAULTS.dueDays, QUARTERLY: 7 } };
    expect(dueOn(quick, validatePeriod({ year: 2026, frequency: 'QUARTERLY', index: 1 }))).toBe('2026-04-07');
  });
});

describe("which days a period's figures cover", () => {
  const convention: Guidance = { ...REGULATION_DEFAULTS, coverage: 'STATE_CONVENTION' };
  it.each([
    [{ year: 2026, frequency: 'MONTHLY', index: 1 }, '2025-12-15', '2026-01-14'],
    [{ year: 2026, frequency: 'QUARTERLY', index: 2 }, '2026-03-15', '2026-06-14'],
    [{ year: 2026, frequency: 'ANNUAL' }, '2025-12-15', '2026-12-14'],
    [{ year: 2026, frequency: 'NINE_MONTHS' }, '2025-12-15', '2026-09-14'],
  ] as const)('%j under Decree 09/2019/NĐ-CP: %s to %s', (input, from, to) => {
    const period = validatePeriod(input);
    expect(coveredDays(convention, period)).toEqual({ from, to });
    expect(coveredDays(REGULATION_DEFAULTS, period)).toEqual({ from: period.startsOn, to: period.endsOn });
  });
});

describe('which guidance applies', () => {
  const central = stored('MMC-VN', '/VN/', '2025-01-01', { broadestOnly: true });
  const province = stored('MMC-68-2025', '/VN/68/', '2026-01-01', { frequencies: ['QUARTERLY', 'ANNUAL'] });
  const oldProvince = stored('MMC-68', '/VN/68/', '2024-01-01', { commissionValidTo: '2025-06-30' });
  const all = [central, province, oldProvince];
  const q = (year: number, index: number) => validatePeriod({ year, frequency: 'QUARTERLY', index });

  it("takes the nearest commission's, for the periods that start once it is in effect", () => {
    expect(guidanceFor(all, '/VN/68/24010/', q(2026, 1))).toBe(province);
    expect(guidanceFor(all, '/VN/68/24010/', q(2025, 4))).toBe(central);
    expect(guidanceFor(all, '/VN/31/', q(2026, 1))).toBe(central);
    expect(guidanceFor(all, '/VN/31/', q(2024, 4))).toBe(REGULATION_DEFAULTS);
  });

  it("ignores an ended commission's guidance for periods ending after it", () => {
    expect(guidanceFor(all, '/VN/68/', q(2025, 2))).toBe(oldProvince);
    expect(guidanceFor(all, '/VN/68/', q(2025, 3))).toBe(central);
  });

  it('keeps the guidance in force when the period began, when another takes effect within it', () => {
    const midQuarter = stored('MMC-31-2025', '/VN/31/', '2026-05-15');
    expect(guidanceFor([central, midQuarter], '/VN/31/', q(2026, 2))).toBe(central);
    expect(guidanceFor([central, midQuarter], '/VN/31/', validatePeriod({ year: 2026, frequency: 'MONTHLY', index: 6 }))).toBe(midQuarter);
  });
});
