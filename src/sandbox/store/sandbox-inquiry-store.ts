import { toKstDate } from '../../common/time/kst';
import { InquiryCategory } from '../generator/fake-customer-texts';

/**
 * Customer inquiries (문의, reference 4.21 and 4.22) with their latest answer. Inquiry and
 * answer numbers are int64 upstream; the sandbox counts up from nine-digit values, far below
 * 2^53, so they travel as JSON numbers without loss.
 */

export interface SandboxInquiryAnswer {
  answerContentId: number;
  answerContent: string;
  answerTemplateNo?: number;
  answeredAt: number;
}

export interface SandboxInquiry {
  inquiryNo: number;
  category: InquiryCategory;
  title: string;
  inquiryContent: string;
  registeredAt: number;
  orderId: string;
  productOrderIds: string[];
  productNo?: string;
  productName?: string;
  productOrderOption?: string;
  customerId?: string;
  customerName: string;
  answer?: SandboxInquiryAnswer;
}

export type NewInquiry = Omit<SandboxInquiry, 'inquiryNo' | 'answer'>;

export interface InquirySearch {
  /** First and last KST day, `yyyy-MM-dd`, both inclusive. */
  startDate: string;
  endDate: string;
  answered?: boolean;
}

/** Test hooks (`get`, `list`, `add`) hand out copies; the routes read the live records. */
export class SandboxInquiryStore {
  private readonly inquiries = new Map<number, SandboxInquiry>();
  private lastInquiryNo = 600_000_000;
  private lastAnswerContentId = 900_000_000;

  public get(inquiryNo: number): SandboxInquiry | undefined {
    const inquiry = this.inquiries.get(inquiryNo);

    return inquiry === undefined ? undefined : structuredClone(inquiry);
  }

  public list(): SandboxInquiry[] {
    return [...this.inquiries.values()].map((inquiry) => structuredClone(inquiry));
  }

  /** Registers a buyer's question under the next inquiry number. */
  public add(inquiry: NewInquiry): SandboxInquiry {
    this.lastInquiryNo += 1;

    const stored = { ...structuredClone(inquiry), inquiryNo: this.lastInquiryNo };

    this.inquiries.set(stored.inquiryNo, stored);

    return structuredClone(stored);
  }

  public find(inquiryNo: number): Readonly<SandboxInquiry> | undefined {
    return this.inquiries.get(inquiryNo);
  }

  /** Stores the first answer of an inquiry; the caller checked there is none yet. */
  public answer(
    inquiryNo: number,
    answerContent: string,
    answerTemplateNo: number | undefined,
    at: number,
  ): SandboxInquiryAnswer {
    this.lastAnswerContentId += 1;

    const answer = {
      answerContentId: this.lastAnswerContentId,
      answerContent,
      answerTemplateNo,
      answeredAt: at,
    };

    this.require(inquiryNo).answer = answer;

    return { ...answer };
  }

  /**
   * Replaces the text of the latest answer. [U] It keeps its id, and its date moves to the
   * change, since `answerRegistrationDateTime` describes the latest answer as it now reads.
   */
  public changeAnswer(
    inquiryNo: number,
    answerContent: string,
    answerTemplateNo: number | undefined,
    at: number,
  ): SandboxInquiryAnswer {
    const answer = this.require(inquiryNo).answer;

    if (answer === undefined) {
      throw new Error(`Inquiry ${inquiryNo} has no answer to change`);
    }

    Object.assign(answer, { answerContent, answerTemplateNo, answeredAt: at });

    return { ...answer };
  }

  /**
   * Inquiries registered on the KST days of the search, newest first. [U] The upstream's order
   * is not documented; newest first is how seller centres list inquiries.
   */
  public search(search: InquirySearch): Readonly<SandboxInquiry>[] {
    return [...this.inquiries.values()]
      .filter((inquiry) => {
        const day = toKstDate(inquiry.registeredAt);
        const isAnswered = inquiry.answer !== undefined;

        return (
          day >= search.startDate &&
          day <= search.endDate &&
          (search.answered === undefined || search.answered === isAnswered)
        );
      })
      .sort(
        (left, right) => right.registeredAt - left.registeredAt || right.inquiryNo - left.inquiryNo,
      );
  }

  private require(inquiryNo: number): SandboxInquiry {
    const inquiry = this.inquiries.get(inquiryNo);

    if (inquiry === undefined) {
      throw new Error(`The sandbox has no inquiry ${inquiryNo}`);
    }

    return inquiry;
  }
}
