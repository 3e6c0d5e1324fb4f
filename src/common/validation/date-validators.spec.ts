import { endOfLastKstMonth, parseCalendarDate } from './date-validators';

describe('calendar dates', () => {
  it.each(['2024-05-01', '2024-02-29', '2000-02-29', '1999-12-31'])('reads %s', (date) => {
    expect(parseCalendarDate(date)).toBeDefined();
  });

  it.each([
    '2023-02-29',
    '1900-02-29',
    '2024-04-31',
    '2024-13-01',
    '2024-00-10',
    '2024-05-00',
    '2024-5-1',
    '20240501',
    '2024-05-01T00:00:00Z',
    ' 2024-05-01',
    20240501,
    undefined,
  ])('refuses %j', (value) => {
    expect(parseCalendarDate(value)).toBeUndefined();
  });

  it('gives day numbers that subtract to the days between', () => {
    const days = (from: string, to: string) =>
      (parseCalendarDate(to) as number) - (parseCalendarDate(from) as number);

    expect(days('2024-01-01', '2024-12-31')).toBe(365);
    expect(days('2023-01-01', '2023-12-31')).toBe(364);
    expect(days('2024-03-10', '2024-03-09')).toBe(-1);
  });

  it('finds the end of last month in KST, across years and the KST midnight', () => {
    expect(endOfLastKstMonth(Date.parse('2024-05-15T00:00:00Z'))).toBe('2024-04-30');
    expect(endOfLastKstMonth(Date.parse('2024-03-01T00:00:00+09:00'))).toBe('2024-02-29');
    expect(endOfLastKstMonth(Date.parse('2025-01-01T00:00:00+09:00'))).toBe('2024-12-31');
    expect(endOfLastKstMonth(Date.parse('2024-12-31T23:59:59+09:00'))).toBe('2024-11-30');
  });
});
