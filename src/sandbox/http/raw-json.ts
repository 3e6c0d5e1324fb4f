/**
 * Response data that is already JSON text. Detail objects are large (about 4 KB each, up to 300
 * per response), so the store keeps them serialized and handlers splice the cached text in
 * instead of rendering and stringifying them on every call.
 */
export class RawJson {
  constructor(public readonly json: string) {}
}

export function rawJsonArray(items: readonly string[]): RawJson {
  return new RawJson(`[${items.join(',')}]`);
}
