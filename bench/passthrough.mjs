// The Node ceiling: a bare Fastify passthrough proxy with @fastify/reply-from (undici, keep-alive)
// and nothing else, no validation, no logging. Usage: passthrough.mjs <port> <upstream origin>.
import replyFrom from '@fastify/reply-from';
import Fastify from 'fastify';

const [port, upstreamOrigin] = process.argv.slice(2);
const app = Fastify({ logger: false });

// Bodies are passed on as bytes: parsing and re-serialising them is work a proxy need not do.
app.removeAllContentTypeParsers();
app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

await app.register(replyFrom, { base: upstreamOrigin });

app.all('/*', (request, reply) => reply.from(request.url));

await app.listen({ host: '127.0.0.1', port: Number(port) });
process.send?.({ type: 'ready' });
