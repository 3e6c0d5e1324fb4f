import { isKstDateTime, parseIsoDateTime, toKstDate, toKstDateTime } from './kst';

describe('KST date-times', () => {
  it.each([
    ['2024-05-01T09:00:00+09:00', '2024-05-01T09:00:00.000+09:00'],
    ['2024-05-01T00:00:00Z', '2024-05-01T09:00:00.000+09:00'],
    ['2024-05-01T00:00:00.5z', '2024-05-01T09:00:00.500+09:00'],
    ['2024-05-01T09:00+0900', '2024-05-01T09:00:00.000+09:00'],
    ['2024-05-01T09:00:00.123456+09', '2024-05-01T09:00:00.123+09:00'],
    ['2024-04-30T23:30:00-05:00', '2024-05-01T13:30:00.000+09:00'],
    ['2024-12-31T20:00:00.000Z', '2025-01-01T05:00:00.000+09:00'],
  ])('reads %s as %s', (input, expected) => {
    const instant = parseIsoDateTime(input);

    expect(instant).toBeDefined();
    expect(toKstDateTime(instant as Date)).toBe(expected);
    expect(isKstDateTime(expected)).toBe(true);
  });

  it.each([
    '2024-05-01T09:00:00',
    '2024-05-01',
    '2024-13-01T09:00:00Z',
    '2024-02-30T09:00:00Z',
    '2023-02-29T09:00:00+09:00',
    '2024-05-01T24:30:00Z',
    '2024-05-01 09:00:00+09:00',
    'yesterday',
    12345,
  ])('refuses %s', (input) => {
    expect(parseIsoDateTime(input)).toBeUndefined();
  });

  it('accepts February 29 in a leap year', () => {
    expect(parseIsoDateTime('2024-02-29T09:00:00+09:00')).toBeDefined();
  });

  it('gives the KST calendar date', () => {
    expect(toKstDate(Date.parse('2024-05-01T15:30:00Z'))).toBe('2024-05-02');
  });

  it('is strict about the upstream format', () => {
    expect(isKstDateTime('2024-05-01T09:00:00+09:00')).toBe(false);
    expect(isKstDateTime('2024-05-01T09:00:00.000 09:00')).toBe(false);
  });
});
