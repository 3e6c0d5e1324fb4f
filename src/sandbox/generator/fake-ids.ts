import { toKstDate } from '../../common/time/kst';
import { SeededRandom } from './seeded-random';

/**
 * Hands out ids of the shape every documented upstream id has: 16 digits starting with the KST
 * date (reference 3.2). Used for order, product order, claim and package numbers alike, and
 * never twice, including ids a test inserted into the store.
 */
export class FakeIds {
  /** Ids handed out but possibly not yet in the store. */
  private readonly takenIds = new Set<string>();

  constructor(
    private readonly random: SeededRandom,
    private readonly isIdTaken: (id: string) => boolean,
  ) {}

  public newId(at: number): string {
    const datePrefix = toKstDate(at).replaceAll('-', '');

    for (;;) {
      const id = datePrefix + this.random.digits(8);

      if (!this.takenIds.has(id) && !this.isIdTaken(id)) {
        this.takenIds.add(id);

        return id;
      }
    }
  }
}
