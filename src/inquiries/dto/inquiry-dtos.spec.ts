import { accept, refusal, refusedNames } from '../../common/validation/testing/validation-probe';
import { AnswerInquiryRequest } from './answer-inquiry.dto';
import { InquiryAnswerParams, InquiryNoParams } from './inquiry-params.dto';
import { InquirySearchQuery } from './inquiry-search-query.dto';

describe('InquirySearchQuery', () => {
  const valid = { startSearchDate: '2024-05-01', endSearchDate: '2024-05-31' };

  it('accepts a date range and reads the flag and paging', async () => {
    const raw = { ...valid, answered: 'false', page: '3', size: '200' };

    const query = await accept(InquirySearchQuery, raw, 'query');

    expect(query).toBeInstanceOf(InquirySearchQuery);
    expect(query).toEqual({ ...valid, answered: false, page: 3, size: 200 });
  });

  it.each([
    ['a single day', '2024-05-01', '2024-05-01'],
    ['365 days across a leap day', '2024-01-01', '2024-12-31'],
    ['365 days', '2023-03-01', '2024-02-29'],
  ])('accepts %s', async (_title, startSearchDate, endSearchDate) => {
    const raw = { startSearchDate, endSearchDate };

    await expect(accept(InquirySearchQuery, raw, 'query')).resolves.toEqual(raw);
  });

  it('says how long the range may be', async () => {
    const raw = { startSearchDate: '2024-01-01', endSearchDate: '2025-01-01' };

    expect(await refusal(InquirySearchQuery, raw, 'query')).toEqual([
      {
        name: 'endSearchDate',
        reason: 'endSearchDate must be on or after startSearchDate and at most 365 days after it',
      },
    ]);
  });

  it.each([
    ['no start', { startSearchDate: undefined }, ['startSearchDate']],
    ['an end before the start', { endSearchDate: '2024-04-30' }, ['endSearchDate']],
    ['a day that does not exist', { startSearchDate: '2023-02-29' }, ['startSearchDate']],
    ['a date without zero padding', { endSearchDate: '2024-5-31' }, ['endSearchDate']],
    ['a date-time', { startSearchDate: '2024-05-01T00:00:00+09:00' }, ['startSearchDate']],
    ['a flag that is not true or false', { answered: 'yes' }, ['answered']],
    ['page 0', { page: '0' }, ['page']],
    ['page 1,000,001', { page: '1000001' }, ['page']],
    ['size 9', { size: '9' }, ['size']],
    ['size 201', { size: '201' }, ['size']],
    ['an unknown parameter', { keyword: '배송' }, ['keyword']],
  ])('refuses %s', async (_title, change, fields) => {
    expect(await refusedNames(InquirySearchQuery, { ...valid, ...change }, 'query')).toEqual(
      fields,
    );
  });
});

describe('AnswerInquiryRequest', () => {
  it('accepts Korean and emoji text unchanged, with a template id', async () => {
    const body = {
      answerComment: '문의 감사합니다 😊\n주문하신 상품은 내일 발송됩니다.',
      answerTemplateId: '12345',
    };

    const request = await accept(AnswerInquiryRequest, body);

    expect(request).toBeInstanceOf(AnswerInquiryRequest);
    expect(request).toEqual(body);
  });

  it('accepts an answer of 2,000 characters', async () => {
    const body = { answerComment: '답'.repeat(2000) };

    await expect(accept(AnswerInquiryRequest, body)).resolves.toEqual(body);
  });

  it.each([
    ['no answer', {}, 'answerComment'],
    ['an empty answer', { answerComment: '' }, 'answerComment'],
    ['a blank answer', { answerComment: '\n \n' }, 'answerComment'],
    ['an answer of 2,001 characters', { answerComment: '답'.repeat(2001) }, 'answerComment'],
    ['a numeric template id', { answerComment: '네', answerTemplateId: 12345 }, 'answerTemplateId'],
    [
      'a template id of letters',
      { answerComment: '네', answerTemplateId: 'T' },
      'answerTemplateId',
    ],
    ['an unknown field', { answerComment: '네', inquiryNo: '1' }, 'inquiryNo'],
  ])('refuses %s', async (_title, body, field) => {
    expect(await refusedNames(AnswerInquiryRequest, body)).toEqual([field]);
  });
});

describe('inquiry path parameters', () => {
  it('keeps int64 numbers as strings, up to the int64 maximum', async () => {
    const params = { inquiryNo: '9223372036854775807', answerContentId: '1' };

    await expect(accept(InquiryAnswerParams, params, 'param')).resolves.toEqual(params);
  });

  it.each(['0', '-1', '1.5', '0123', ' 1', '9223372036854775808', '12345678901234567890'])(
    'refuses the inquiry number %j',
    async (inquiryNo) => {
      expect(await refusedNames(InquiryNoParams, { inquiryNo }, 'param')).toEqual(['inquiryNo']);
    },
  );

  it('refuses a bad answer id', async () => {
    const params = { inquiryNo: '123', answerContentId: 'latest' };

    expect(await refusedNames(InquiryAnswerParams, params, 'param')).toEqual(['answerContentId']);
  });
});
