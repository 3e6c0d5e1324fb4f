import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiOkResponse, DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';

import { RequestCancelRequest } from '../../cancel/dto/request-cancel.dto';
import { ProductOrderIdParams } from '../../common/dto/product-order-id-params.dto';
import { HoldbackExchangeRequest } from '../../exchange/dto/holdback-exchange.dto';
import { RedeliverExchangeRequest } from '../../exchange/dto/redeliver-exchange.dto';
import { RejectExchangeRequest } from '../../exchange/dto/reject-exchange.dto';
import { ConfirmProductOrdersRequest } from '../../fulfillment/dto/confirm-product-orders.dto';
import { DelayDispatchRequest } from '../../fulfillment/dto/delay-dispatch.dto';
import { DispatchProductOrdersRequest } from '../../fulfillment/dto/dispatch-product-orders.dto';
import { AnswerInquiryRequest } from '../../inquiries/dto/answer-inquiry.dto';
import { InquiryAnswerParams } from '../../inquiries/dto/inquiry-params.dto';
import { InquirySearchQuery } from '../../inquiries/dto/inquiry-search-query.dto';
import { HoldbackReturnRequest } from '../../return/dto/holdback-return.dto';
import { RejectReturnRequest } from '../../return/dto/reject-return.dto';
import { RequestReturnRequest } from '../../return/dto/request-return.dto';
import { ReviewSearchQuery } from '../../reviews/dto/review-search-query.dto';
import { SettleCaseQuery } from '../../settlement/dto/settle-case-query.dto';
import { SettleDailyQuery } from '../../settlement/dto/settle-daily-query.dto';
import { VatQuery } from '../../settlement/dto/vat-query.dto';
import { CustomerInquiryPage, InquiryAnswerResult } from './inquiry.model';
import { ReviewPage } from './review.model';
import {
  SettleCasePage,
  SettleCommissionDetailPage,
  SettleDailyPage,
  VatCasePage,
  VatDailyPage,
} from './settlement.model';

/**
 * Checks what the Swagger CLI plugin makes of the write-operation bodies, the review, inquiry
 * and settlement queries and their result models: every field described, bodies with
 * examples, enums as named schemas, and `required` only where the upstream (or, for request
 * fields, our own rule) says so.
 */

interface PropertySchema {
  $ref?: string;
  allOf?: PropertySchema[];
  items?: PropertySchema;
  description?: string;
  example?: unknown;
  maxLength?: number;
}

interface ModelSchema {
  properties?: Record<string, PropertySchema>;
  required?: string[];
  enum?: string[];
}

@Controller('write-and-query-models')
class WriteAndQueryModelsController {
  @Post('confirm')
  public confirm(@Body() _body: ConfirmProductOrdersRequest): void {}

  @Post(':productOrderId/delay')
  public delay(@Param() _p: ProductOrderIdParams, @Body() _body: DelayDispatchRequest): void {}

  @Post('dispatch')
  public dispatch(@Body() _body: DispatchProductOrdersRequest): void {}

  @Post('cancel')
  public cancel(@Body() _body: RequestCancelRequest): void {}

  @Post('return')
  public requestReturn(@Body() _body: RequestReturnRequest): void {}

  @Post('return/reject')
  public rejectReturn(@Body() _body: RejectReturnRequest): void {}

  @Post('return/holdback')
  public holdbackReturn(@Body() _body: HoldbackReturnRequest): void {}

  @Post('exchange/dispatch')
  public redeliver(@Body() _body: RedeliverExchangeRequest): void {}

  @Post('exchange/reject')
  public rejectExchange(@Body() _body: RejectExchangeRequest): void {}

  @Post('exchange/holdback')
  public holdbackExchange(@Body() _body: HoldbackExchangeRequest): void {}

  @Get('reviews')
  @ApiOkResponse({ type: ReviewPage })
  public reviews(@Query() _query: ReviewSearchQuery): void {}

  @Get('inquiries')
  @ApiOkResponse({ type: CustomerInquiryPage })
  public inquiries(@Query() _query: InquirySearchQuery): void {}

  @Put('inquiries/:inquiryNo/answer/:answerContentId')
  @ApiOkResponse({ type: InquiryAnswerResult })
  public answer(@Param() _p: InquiryAnswerParams, @Body() _body: AnswerInquiryRequest): void {}

  @Get('settle/case')
  @ApiOkResponse({ type: SettleCasePage })
  public settleCase(@Query() _query: SettleCaseQuery): void {}

  @Get('settle/commission-details')
  @ApiOkResponse({ type: SettleCommissionDetailPage })
  public commissions(@Query() _query: SettleCaseQuery): void {}

  @Get('settle/daily')
  @ApiOkResponse({ type: SettleDailyPage })
  public settleDaily(@Query() _query: SettleDailyQuery): void {}

  @Get('vat/case')
  @ApiOkResponse({ type: VatCasePage })
  public vatCase(@Query() _query: VatQuery): void {}

  @Get('vat/daily')
  @ApiOkResponse({ type: VatDailyPage })
  public vatDaily(@Query() _query: VatQuery): void {}
}

const BODIES = [
  'ConfirmProductOrdersRequest',
  'DelayDispatchRequest',
  'DispatchProductOrdersRequest',
  'DispatchProductOrderEntry',
  'RequestCancelRequest',
  'RequestReturnRequest',
  'RejectReturnRequest',
  'HoldbackReturnRequest',
  'RedeliverExchangeRequest',
  'RejectExchangeRequest',
  'HoldbackExchangeRequest',
  'AnswerInquiryRequest',
];

const referencedSchema = (property: PropertySchema): string | undefined => {
  const ref = property.$ref ?? property.allOf?.[0]?.$ref ?? property.items?.$ref;

  return ref?.replace('#/components/schemas/', '');
};

describe('write and query schemas', () => {
  let app: NestFastifyApplication;
  let document: OpenAPIObject;
  let schemas: Record<string, ModelSchema>;

  const schema = (name: string): ModelSchema => {
    expect(schemas).toHaveProperty([name]);

    return schemas[name];
  };
  const property = (model: string, name: string): PropertySchema => {
    expect(schema(model).properties).toHaveProperty([name]);

    return schema(model).properties![name];
  };

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      controllers: [WriteAndQueryModelsController],
    }).compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
    await app.init();
    document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    schemas = document.components!.schemas as Record<string, ModelSchema>;
  });

  afterAll(async () => {
    await app.close();
  });

  it('describes every property of every body and model', () => {
    const models = Object.entries(schemas).filter(([, model]) => model.properties !== undefined);
    const undescribed = models.flatMap(([model, { properties }]) =>
      Object.entries(properties!)
        .filter(([, value]) => !value.description?.trim())
        .map(([name]) => `${model}.${name}`),
    );

    expect(models.length).toBeGreaterThanOrEqual(30);
    expect(undescribed).toEqual([]);
  });

  it('describes every query and path parameter', () => {
    const parameters = Object.values(document.paths).flatMap((path) =>
      Object.values(path).flatMap(
        (operation: { parameters?: { name: string; description?: string }[] }) =>
          operation.parameters ?? [],
      ),
    );
    const undescribed = parameters.filter((parameter) => !parameter.description?.trim());

    expect(parameters.map((parameter) => parameter.name)).toEqual(
      expect.arrayContaining(['fromDateTime', 'startSearchDate', 'answerContentId', 'periodType']),
    );
    expect(undescribed.map((parameter) => parameter.name)).toEqual([]);
  });

  it('gives every body field an example for the Swagger UI', () => {
    const withoutExample = BODIES.flatMap((body) =>
      Object.entries(schema(body).properties!)
        .filter(([, value]) => value.example === undefined)
        .map(([name]) => `${body}.${name}`),
    );

    expect(withoutExample).toEqual([]);
  });

  it('offers only the outbound delivery methods for a dispatch or re-delivery', () => {
    expect(referencedSchema(property('DispatchProductOrderEntry', 'deliveryMethod'))).toBe(
      'DispatchDeliveryMethod',
    );
    expect(referencedSchema(property('RedeliverExchangeRequest', 'reDeliveryMethod'))).toBe(
      'DispatchDeliveryMethod',
    );
    expect(schema('DispatchDeliveryMethod').enum).toEqual([
      'DELIVERY',
      'GDFW_ISSUE_SVC',
      'VISIT_RECEIPT',
      'DIRECT_DELIVERY',
      'QUICK_SVC',
      'NOTHING',
    ]);
    expect(referencedSchema(property('RequestReturnRequest', 'collectDeliveryMethod'))).toBe(
      'DeliveryMethod',
    );
  });

  it('names the enums and limits the texts', () => {
    expect(referencedSchema(property('HoldbackReturnRequest', 'holdbackClassType'))).toBe(
      'HoldbackReason',
    );
    expect(referencedSchema(property('SettleCase', 'productOrderType'))).toBe(
      'SettleProductOrderType',
    );
    expect(schema('SettlePeriodType').enum).toContain('SETTLE_CASEBYCASE_PAY_DATE');
    expect(schema('PurchaseReviewClassType').enum).toEqual(['GENERAL', 'PREMIUM']);
    expect(property('RequestCancelRequest', 'cancelDetailedReason').maxLength).toBe(500);
    expect(property('AnswerInquiryRequest', 'answerComment').maxLength).toBe(2000);
  });

  it('requires the request fields our rules require', () => {
    expect(schema('DispatchProductOrderEntry').required?.sort()).toEqual([
      'deliveryMethod',
      'dispatchDate',
      'productOrderId',
    ]);
    expect(schema('RedeliverExchangeRequest').required).toEqual(['reDeliveryMethod']);
    expect(schema('RequestCancelRequest').required).toEqual(['cancelReason']);
  });

  it('requires only the result fields the upstream marks required', () => {
    const required = (model: string) => [...(schema(model).required ?? [])].sort();

    expect(required('SettleCasePage')).toEqual(['elements', 'pagination']);
    expect(required('SettleCase')).toEqual([
      'benefitSettleAmount',
      'paySettleAmount',
      'productOrderType',
      'settleExpectAmount',
    ]);
    expect(required('SettleDaily')).toEqual(['returnCareSettleAmount']);
    expect(required('SettleCommissionDetail')).toEqual([
      'commissionAmount',
      'commissionBasisAmount',
      'commissionType',
      'merchantId',
      'merchantName',
      'orderNo',
      'productOrderId',
      'productOrderType',
      'settleType',
    ]);
    expect(required('VatCase')).toContain('orderId');
    expect(required('VatDaily')).toHaveLength(8);
    expect(required('SettlePagination')).toEqual([]);
    expect(required('CustomerInquiry')).toEqual([
      'answered',
      'customerName',
      'inquiryContent',
      'inquiryNo',
      'inquiryRegistrationDateTime',
      'orderId',
      'title',
    ]);
    expect(required('CustomerInquiryPage')).toEqual([]);
    expect(required('Review')).toEqual([]);
    expect(required('ReviewPage')).toEqual([]);
  });
});
