import {
  addDays,
  DEFAULT_DUE_DAYS,
  describePeriod,
  dueDate,
  dueDaysFromEnv,
  isFuturePeriod,
  periodLabel,
  periodsEndingIn,
  validatePeriod,
} from '../../subgraphs/party/reporting/periods';

/** Periods of the regime, their dates, labels and due dates (no database). */
describe('validatePeriod', () => {
  it.each([
    [{ year: 2024, frequency: 'MONTHLY', index: 7 }, '2024-M07', '2024-07-01', '2024-07-31'],
    [{ year: 2024, frequency: 'MONTHLY', index: 2 }, '2024-M02', '2024-02-01', '2024-02-29'],
    [{ year: 2023, frequency: 'MONTHLY', index: 2 }, '2023-M02', '2023-02-01', '2023-02-28'],
    [{ year: 2024, frequency: 'QUARTERLY', index: 3 }, '2024-Q3', '2024-07-01', '2024-09-30'],
    [{ year: 2024, frequency: 'QUARTERLY', index: 4 }, '2024-Q4', '2024-10-01', '2024-12-31'],
    [{ year: 2024, frequency: 'SEMI_ANNUAL', index: 1 }, '2024-H1', '2024-01-01', '2024-06-30'],
    [{ year: 2024, frequency: 'SEMI_ANNUAL', index: 2 }, '2024-H2', '2024-07-01', '2024-12-31'],
    [{ year: 2024, frequency: 'NINE_MONTHS' }, '2024-9M', '2024-01-01', '2024-09-30'],
    [{ year: 2024, frequency: 'ANNUAL', index: null }, '2024', '2024-01-01', '2024-12-31'],
  ] as const)('%j is %s, %s to %s', (input, label, startsOn, endsOn) => {
    expect(validatePeriod(input)).toEqual({
      year: input.year,
      frequency: input.frequency,
      index: 'index' in input ? input.index : null,
      label,
      startsOn,
      endsOn,
    });
  });

  it.each([
    [{ year: 2024, frequency: 'MONTHLY', index: 13 }, 'period.index'],
    [{ year: 2024, frequency: 'MONTHLY', index: 0 }, 'period.index'],
    [{ year: 2024, frequency: 'MONTHLY' }, 'period.index'],
    [{ year: 2024, frequency: 'QUARTERLY', index: 5 }, 'period.index'],
    [{ year: 2024, frequency: 'QUARTERLY', index: null }, 'period.index'],
    [{ year: 2024, frequency: 'SEMI_ANNUAL', index: 3 }, 'period.index'],
    [{ year: 2024, frequency: 'NINE_MONTHS', index: 1 }, 'period.index'],
    [{ year: 2024, frequency: 'ANNUAL', index: 1 }, 'period.index'],
    [{ year: 1999, frequency: 'ANNUAL' }, 'period.year'],
    [{ year: 2101, frequency: 'QUARTERLY', index: 1 }, 'period.year'],
  ] as const)('refuses %j naming %s', (input, field) => {
    expect(() => validatePeriod(input)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) }),
    );
    expect(() => validatePeriod(input)).toThrow(new RegExp(`^${field.replace('.', '\\.')}:`));
  });

  it('names the field it is given', () => {
    expect(() => validatePeriod({ year: 2024, frequency: 'QUARTERLY', index: 9 }, 'input.period')).toThrow(/^input\.period\.index: 9/);
  });
});

describe('due dates', () => {
  it('adds the default days to the end of the period', () => {
    expect(DEFAULT_DUE_DAYS).toEqual({ MONTHLY: 5, QUARTERLY: 10, SEMI_ANNUAL: 15, NINE_MONTHS: 15, ANNUAL: 20 });
    const due = (input: Parameters<typeof validatePeriod>[0]) => dueDate(validatePeriod(input), DEFAULT_DUE_DAYS);
    expect(due({ year: 2024, frequency: 'QUARTERLY', index: 3 })).toBe('2024-10-10');
    expect(due({ year: 2024, frequency: 'MONTHLY', index: 12 })).toBe('2025-01-05');
    expect(due({ year: 2024, frequency: 'SEMI_ANNUAL', index: 1 })).toBe('2024-07-15');
    expect(due({ year: 2024, frequency: 'NINE_MONTHS' })).toBe('2024-10-15');
    expect(due({ year: 2024, frequency: 'ANNUAL' })).toBe('2025-01-20');
  });

  it('takes overrides from REPORT_DUE_DAYS_<FREQUENCY>', () => {
    expect(dueDaysFromEnv({ REPORT_DUE_DAYS_QUARTERLY: '7', REPORT_DUE_DAYS_SEMI_ANNUAL: '' })).toEqual({
      ...DEFAULT_DUE_DAYS,
      QUARTERLY: 7,
    });
    expect(
      dueDate(validatePeriod({ year: 2024, frequency: 'QUARTERLY', index: 3 }), dueDaysFromEnv({ REPORT_DUE_DAYS_QUARTERLY: '7' })),
    ).toBe('2024-10-07');
    expect(() => dueDaysFromEnv({ REPORT_DUE_DAYS_MONTHLY: 'five' })).toThrow(/REPORT_DUE_DAYS_MONTHLY/);
    expect(() => dueDaysFromEnv({ REPORT_DUE_DAYS_ANNUAL: '-1' })).toThrow(/REPORT_DUE_DAYS_ANNUAL/);
  });

  it('does date arithmetic across months and years', () => {
    expect(addDays('2024-09-30', 10)).toBe('2024-10-10');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

it('labels and tells future periods apart', () => {
  expect(periodLabel({ year: 2025, frequency: 'MONTHLY', index: 1 })).toBe('2025-M01');
  const q4 = describePeriod({ year: 2024, frequency: 'QUARTERLY', index: 4 });
  expect(isFuturePeriod(q4, '2024-09-30')).toBe(true);
  expect(isFuturePeriod(q4, '2024-10-01')).toBe(false);
  // The current period may be reported on (a nine-month report is written during the year).
  expect(isFuturePeriod(describePeriod({ year: 2024, frequency: 'NINE_MONTHS', index: null }), '2024-05-01')).toBe(false);
});

describe('periodsEndingIn', () => {
  const labels = (...args: Parameters<typeof periodsEndingIn>) => periodsEndingIn(...args).map((p) => p.label);

  it('takes the periods whose last day lies in the range, both ends included', () => {
    expect(labels('QUARTERLY', '2024-01-01', '2024-12-31')).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    // Q1 ends on 2024-03-31, before the range; Q4 on 2024-12-31, after it.
    expect(labels('QUARTERLY', '2024-04-01', '2024-12-30')).toEqual(['2024-Q2', '2024-Q3']);
    expect(labels('QUARTERLY', '2024-09-30', '2024-09-30')).toEqual(['2024-Q3']);
    expect(labels('QUARTERLY', '2024-10-01', '2024-12-30')).toEqual([]);
  });

  it('spans years and every frequency', () => {
    expect(labels('MONTHLY', '2024-11-15', '2025-02-28')).toEqual(['2024-M11', '2024-M12', '2025-M01', '2025-M02']);
    expect(labels('SEMI_ANNUAL', '2023-07-01', '2024-12-31')).toEqual(['2023-H2', '2024-H1', '2024-H2']);
    expect(labels('NINE_MONTHS', '2023-01-01', '2024-12-31')).toEqual(['2023-9M', '2024-9M']);
    expect(labels('ANNUAL', '2023-06-01', '2024-12-31')).toEqual(['2023', '2024']);
    expect(labels('ANNUAL', '2024-01-01', '2024-12-30')).toEqual([]);
  });

  it('has no periods outside the years a period may have', () => {
    expect(labels('ANNUAL', '1990-01-01', '2001-12-31')).toEqual(['2000', '2001']);
    expect(periodsEndingIn('ANNUAL', '0001-01-01', '9999-12-31')).toHaveLength(101);
  });
});
