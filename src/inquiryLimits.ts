import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { Limit } from './rateLimits.js';
import type { InquiryStore } from './storage/inquiryStore.js';

/** A conversation or phone number that already sent its share of call-back requests today. */
export class InquiryLimitError extends Error {
  constructor() {
    super('[InquiryLimit] too many call-back requests');
    this.name = 'InquiryLimitError';
  }
}

/**
 * Wraps an inquiry store so one conversation, and one phone number across conversations,
 * can save only a few call-back requests a day (RATE_LIMIT_INQUIRIES_PER_DAY). The form
 * then says "we already have your request" instead of flooding the staff's list.
 */
export function limitInquiries(
  store: Pick<InquiryStore, 'save'>,
  limit: Limit,
  logger: Logger,
  /**
   * How a phone becomes a limiter key. With DATA_KEY it is the cipher's keyed hash, because
   * on PostgreSQL the keys are stored (rate_limits) and a plain hash of a phone number can
   * be reversed by trying every number.
   */
  phoneKey: (phone: string) => string = (phone) => createHash('sha256').update(phone).digest('base64url'),
): Pick<InquiryStore, 'save'> {
  return {
    async save(input) {
      // Never the number itself: limiter keys can be stored.
      const phoneLimitKey = `phone:${phoneKey(input.phone)}`;
      const conversationKey = `conversation:${input.channel}/${input.conversationId}`;
      const waits = [await limit.take(conversationKey), await limit.take(phoneLimitKey)];
      if (waits.some((w) => w !== undefined)) {
        logger.warn({ event: 'ratelimit.exceeded', limit: limit.name }, 'call-back request limit reached');
        throw new InquiryLimitError();
      }
      return store.save(input);
    },
  };
}
