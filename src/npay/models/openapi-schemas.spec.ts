import { Controller, Get, Post } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiOkResponse, DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';

import {
  DeliveryCompany,
  HoldbackReason,
  LastChangedType,
  ProductOrderStatus,
} from '../npay.enums';
import { KST_DATE_TIME_EXAMPLE } from './api-kst-date-time.decorator';
import { LastChangedStatusesPage } from './last-changed-statuses.model';
import { ProductOrderDetail } from './product-order-detail.model';
import { ProductOrderSearchPage } from './product-order-search.model';

/**
 * Checks the OpenAPI schemas the order models produce: the Swagger CLI plugin must turn every
 * doc comment into a description and infer every property, enums must be named schemas, and
 * nested classes must be references. Nearly empty schemas mean the plugin skipped the model
 * files: its `dtoFileNameSuffix` option must include `.model.ts` (nest-cli.json and
 * test/swagger-plugin-options.js).
 */

interface PropertySchema {
  $ref?: string;
  allOf?: PropertySchema[];
  items?: PropertySchema;
  description?: string;
  format?: string;
  example?: unknown;
  deprecated?: boolean;
}

interface ModelSchema {
  properties?: Record<string, PropertySchema>;
  required?: string[];
  enum?: string[];
}

@Controller('order-models')
class OrderModelsController {
  @Get('last-changed-statuses')
  @ApiOkResponse({ type: LastChangedStatusesPage })
  public getLastChangedStatuses(): void {}

  @Post('query')
  @ApiOkResponse({ type: ProductOrderDetail, isArray: true })
  public queryProductOrders(): void {}

  @Get('product-order-ids')
  @ApiOkResponse({ type: String, isArray: true })
  public getProductOrderIds(): void {}

  @Get('search')
  @ApiOkResponse({ type: ProductOrderSearchPage })
  public searchProductOrders(): void {}
}

const referencedSchema = (property: PropertySchema): string | undefined => {
  const ref = property.$ref ?? property.allOf?.[0]?.$ref ?? property.items?.$ref;

  return ref?.replace('#/components/schemas/', '');
};

describe('order model schemas', () => {
  let app: NestFastifyApplication;
  let schemas: Record<string, ModelSchema>;

  const schema = (name: string): ModelSchema => {
    expect(schemas).toHaveProperty([name]);

    return schemas[name];
  };
  const property = (model: string, name: string): PropertySchema => {
    expect(schema(model).properties).toHaveProperty([name]);

    return schema(model).properties![name];
  };
  const modelSchemas = (): [string, ModelSchema][] =>
    Object.entries(schemas).filter(([, model]) => model.properties !== undefined);

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      controllers: [OrderModelsController],
    }).compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
    await app.init();
    const document: OpenAPIObject = SwaggerModule.createDocument(
      app,
      new DocumentBuilder().build(),
    );
    schemas = document.components!.schemas as Record<string, ModelSchema>;
  });

  afterAll(async () => {
    await app.close();
  });

  it('describes every property of every model', () => {
    const undescribed = modelSchemas().flatMap(([model, { properties }]) =>
      Object.entries(properties!)
        .filter(([, value]) => !value.description?.trim())
        .map(([name]) => `${model}.${name}`),
    );

    expect(modelSchemas().length).toBeGreaterThanOrEqual(20);
    expect(undescribed).toEqual([]);
  });

  it('references named enum schemas with the upstream spellings', () => {
    expect(referencedSchema(property('ProductOrder', 'productOrderStatus'))).toBe(
      'ProductOrderStatus',
    );
    expect(referencedSchema(property('LastChangedStatus', 'lastChangedType'))).toBe(
      'LastChangedType',
    );
    expect(referencedSchema(property('ReturnClaim', 'holdbackReason'))).toBe('HoldbackReason');
    expect(referencedSchema(property('Delivery', 'deliveryCompany'))).toBe('DeliveryCompany');

    expect(schema('ProductOrderStatus').enum).toEqual(Object.values(ProductOrderStatus));
    expect(schema('ProductOrderStatus').enum).toContain('PAYMENT_WAITING');
    expect(schema('LastChangedType').enum).toEqual(Object.values(LastChangedType));
    expect(schema('LastChangedType').enum).toContain('PAY_WAITING');
    expect(schema('HoldbackReason').enum).toEqual(Object.values(HoldbackReason));
    expect(schema('HoldbackReason').enum).toContain('EXTRAFEEE');
    expect(schema('DeliveryCompany').enum).toHaveLength(203);
    expect(schema('DeliveryCompany').enum).toEqual(
      expect.arrayContaining([DeliveryCompany['1004HOME'], DeliveryCompany['GS더프레시']]),
    );
  });

  it('references nested classes, arrays of them and inherited fields', () => {
    expect(referencedSchema(property('ProductOrderSearchPage', 'contents'))).toBe(
      'ProductOrderSearchItem',
    );
    expect(referencedSchema(property('ProductOrderSearchItem', 'content'))).toBe(
      'ProductOrderDetail',
    );
    expect(referencedSchema(property('ProductOrderDetail', 'completedClaims'))).toBe(
      'CompletedClaim',
    );
    expect(referencedSchema(property('CurrentClaim', 'return'))).toBe('ReturnClaim');
    expect(referencedSchema(property('BeforeClaim', 'exchange'))).toBe('ExchangeClaim');
    expect(referencedSchema(property('ProductOrder', 'shippingAddress'))).toBe('ShippingAddress');
    expect(referencedSchema(property('ProductOrder', 'skuMappings'))).toBe('SkuMapping');
    expect(referencedSchema(property('ReturnClaim', 'returnReceiveAddress'))).toBe(
      'ReturnReceiveAddress',
    );
    expect(schema('ShippingAddress').properties).toHaveProperty('zipCode');
    expect(schema('ReturnReceiveAddress').properties).toHaveProperty('logisticsCenterId');
    expect(schema('CompletedClaim').properties).toHaveProperty('holdbackReason');
  });

  it('marks the top-level claim keys deprecated in favour of currentClaim', () => {
    for (const key of ['cancel', 'return', 'exchange']) {
      expect(property('ProductOrderDetail', key).deprecated).toBe(true);
      expect(property('ProductOrderDetail', key).description).toContain(`currentClaim.${key}`);
    }
    expect(property('ProductOrderDetail', 'currentClaim').deprecated).toBeUndefined();
  });

  it('requires only the fields the upstream marks required', () => {
    expect(schema('LastChangedStatusesPage').required?.sort()).toEqual([
      'count',
      'lastChangeStatuses',
    ]);

    const otherRequired = modelSchemas()
      .filter(([model]) => model !== 'LastChangedStatusesPage')
      .filter(([, model]) => (model.required ?? []).length > 0)
      .map(([model]) => model);

    expect(otherRequired).toEqual([]);
  });

  it('documents date-times in the upstream format and gives ids string examples', () => {
    const mismatched = modelSchemas().flatMap(([model, { properties }]) =>
      Object.entries(properties!)
        .filter(([, value]) => {
          const saysKst = value.description?.includes(KST_DATE_TIME_EXAMPLE) ?? false;

          return saysKst !== (value.format === 'date-time');
        })
        .map(([name]) => `${model}.${name}`),
    );

    expect(mismatched).toEqual([]);
    expect(property('Order', 'orderDate').example).toBe(KST_DATE_TIME_EXAMPLE);
    expect(property('ProductOrder', 'productOrderId').example).toBe('2024050112345678');
    expect(property('LastChangedStatus', 'orderId').example).toBe('2024050112345601');
  });
});
