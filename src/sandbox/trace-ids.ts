import { randomBytes } from 'node:crypto';

const POD_SUFFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * Trace ids shaped like the upstream gateway's (`ar2-55f4fd5f54-mwk8w^1643182339983^366577`:
 * a pod name, the epoch ms, a sequence). The sandbox names its pod `sbx-…` so a trace id in a
 * log shows at a glance that the call went to the sandbox.
 */
export class TraceIds {
  private readonly podName: string;
  private sequence: number;

  constructor() {
    const suffix = [...randomBytes(5)]
      .map((byte) => POD_SUFFIX_ALPHABET[byte % POD_SUFFIX_ALPHABET.length])
      .join('');

    this.podName = `sbx-${randomBytes(5).toString('hex')}-${suffix}`;
    this.sequence = randomBytes(3).readUIntBE(0, 3) % 1_000_000;
  }

  public next(now: number): string {
    this.sequence = (this.sequence + 1) % 1_000_000;

    return `${this.podName}^${now}^${String(this.sequence).padStart(6, '0')}`;
  }

  /**
   * The inquiry service's own trace id, 16 hex characters like the doc's `44c1eec345d4d446`
   * (reference 4.22), sent in its bodies while the gateway header keeps the gateway's id.
   */
  public nextServiceTraceId(): string {
    return randomBytes(8).toString('hex');
  }
}
