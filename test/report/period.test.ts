import { isCalendarDate, formatDateTime, todayInVietnam } from '../../report/dates';
import { ReportError } from '../../report/errors';
import { parsePeriod } from '../../report/period';

/** `--period` as the report command parses it, before any request (report/period.ts). */
describe('parsePeriod', () => {
  it.each([
    ['2024-Q3', { year: 2024, frequency: 'QUARTERLY', index: 3 }, '2024-07-01', '2024-09-30', 'Q3 2024'],
    ['2024-Q1', { year: 2024, frequency: 'QUARTERLY', index: 1 }, '2024-01-01', '2024-03-31', 'Q1 2024'],
    ['2024-M07', { year: 2024, frequency: 'MONTHLY', index: 7 }, '2024-07-01', '2024-07-31', 'July 2024'],
    ['2024-M02', { year: 2024, frequency: 'MONTHLY', index: 2 }, '2024-02-01', '2024-02-29', 'February 2024'],
    ['2023-M02', { year: 2023, frequency: 'MONTHLY', index: 2 }, '2023-02-01', '2023-02-28', 'February 2023'],
    ['2024-M12', { year: 2024, frequency: 'MONTHLY', index: 12 }, '2024-12-01', '2024-12-31', 'December 2024'],
    ['2024-H1', { year: 2024, frequency: 'SEMI_ANNUAL', index: 1 }, '2024-01-01', '2024-06-30', 'first half of 2024'],
    ['2024-H2', { year: 2024, frequency: 'SEMI_ANNUAL', index: 2 }, '2024-07-01', '2024-12-31', 'second half of 2024'],
    ['2024-9M', { year: 2024, frequency: 'NINE_MONTHS' }, '2024-01-01', '2024-09-30', 'first nine months of 2024'],
    ['2024', { year: 2024, frequency: 'ANNUAL' }, '2024-01-01', '2024-12-31', 'year 2024'],
  ])('%s → %j from %s to %s', (text, input, startsOn, endsOn, description) => {
    const period = parsePeriod(text);
    expect(period).toEqual({ input, label: text, description, startsOn, endsOn });
  });

  it('takes lower case and a one-digit month, and gives the canonical label', () => {
    expect(parsePeriod('2024-q3').label).toBe('2024-Q3');
    expect(parsePeriod(' 2024-m7 ')).toMatchObject({ label: '2024-M07', input: { index: 7 }, endsOn: '2024-07-31' });
    expect(parsePeriod('2024-9m').label).toBe('2024-9M');
  });

  it.each([
    ['', /"" is not a period; use YYYY-Qn/],
    ['Q3-2024', /"Q3-2024" is not a period/],
    ['2024Q3', /"2024Q3" is not a period/],
    ['24-Q3', /"24-Q3" is not a period/],
    ['2024-Q', /"2024-Q" is not a period/],
    ['2024-W12', /"2024-W12" is not a period/],
    ['2024-Q3-extra', /is not a period/],
    ['2024-Q0', /the quarter must be from 1 to 4/],
    ['2024-Q5', /the quarter must be from 1 to 4/],
    ['2024-M13', /the month must be from 1 to 12/],
    ['2024-M00', /the month must be from 1 to 12/],
    ['2024-H3', /the half must be from 1 to 2/],
    ['1999-Q1', /the year must be from 2000 to 2100/],
    ['2101', /the year must be from 2000 to 2100/],
  ])('refuses %j as a usage error naming --period', (text, message) => {
    let error: unknown;
    try {
      parsePeriod(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).exitCode).toBe(2);
    expect((error as ReportError).message).toMatch(/^--period: /);
    expect((error as ReportError).message).toMatch(message);
  });
});

describe('dates', () => {
  it('knows a calendar date from a date-shaped string', () => {
    expect(isCalendarDate('2024-10-20')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-13-01')).toBe(false);
    expect(isCalendarDate('2024-10-20T00:00')).toBe(false);
    expect(isCalendarDate('20/10/2024')).toBe(false);
  });

  it("counts today and shows times on Vietnam's clock (UTC+7)", () => {
    expect(todayInVietnam(new Date('2024-10-19T16:59:00Z'))).toBe('2024-10-19');
    expect(todayInVietnam(new Date('2024-10-19T17:00:00Z'))).toBe('2024-10-20');
    expect(formatDateTime('2024-10-10T16:30:00Z')).toBe('2024-10-10 23:30');
    expect(formatDateTime('2024-10-11T00:30:00+07:00')).toBe('2024-10-11 00:30');
  });
});
