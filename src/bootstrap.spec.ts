import { createFastifyAdapter } from './bootstrap';

describe('createFastifyAdapter', () => {
  // Fastify's schema compilers are loaded on first use (see onDemandSchemaCompilers); a route that
  // brings a JSON schema must still have it enforced, on both the request and the response.
  it('validates a body and serialises a response by the JSON schemas a route is given', async () => {
    const fastify = createFastifyAdapter().getInstance();

    fastify.post(
      '/echo',
      {
        schema: {
          body: {
            type: 'object',
            required: ['count'],
            properties: { count: { type: 'integer' } },
          },
          response: { 200: { type: 'object', properties: { count: { type: 'integer' } } } },
        },
      },
      async (request) => ({ ...(request.body as object), internal: 'not in the schema' }),
    );

    const accepted = await fastify.inject({ method: 'POST', url: '/echo', payload: { count: 2 } });
    const refused = await fastify.inject({ method: 'POST', url: '/echo', payload: { count: 'x' } });

    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toEqual({ count: 2 });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ message: 'body/count must be integer' });

    await fastify.close();
  });
});
