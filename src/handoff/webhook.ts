import { createHmac } from 'node:crypto';
import { toRecord } from '../storage/inquiryRecord.js';
import type { SavedInquiry } from '../storage/inquiryStore.js';

/** Version of the JSON the receiver gets; bump it (and docs/webhook.md) on any breaking change. */
export const WEBHOOK_SCHEMA = 'vertebroplasty-bot.inquiry.v1';

/** The webhook body: see docs/webhook.md, which documents every field. */
export function webhookPayload(inquiry: SavedInquiry, deliveryId: string): Record<string, unknown> {
  return {
    schema: WEBHOOK_SCHEMA,
    deliveryId,
    inquiry: toRecord(inquiry),
  };
}

/**
 * `X-Signature` value: `sha256=` and the hex HMAC-SHA256, keyed with
 * INQUIRY_WEBHOOK_SECRET, of `<X-Signature-Timestamp>.<raw body>`. The timestamp inside
 * the signed text lets a receiver refuse old replays.
 */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
