import { INQUIRY_LANGUAGE, type NewInquiry } from './inquiryStore.js';

/** Thrown for invalid input; the message names the field and rule, never the value. */
export class InquiryValidationError extends Error {
  constructor(
    readonly field: keyof NewInquiry,
    rule: string,
  ) {
    super(`[InquiryStore] ${field} ${rule}`);
    this.name = 'InquiryValidationError';
  }
}

/** Upper bounds keep a misbehaving client from filling the disk; generous for real use. */
export const INQUIRY_LIMITS = { name: 200, email: 254, preferredTime: 200, message: 4000, id: 512 } as const;

/** E.164, with an extension written as RFC 3966 does (`;ext=4`) when the patient gave one. */
const E164 = /^\+[1-9]\d{1,14}(;ext=\d{1,10})?$/;

/** Checks shape and limits before anything reaches SQL; errors carry no personal values. */
export function validateInquiry(input: NewInquiry): NewInquiry {
  const required = (
    field: 'name' | 'preferredTime' | 'channel' | 'conversationId' | 'activityId',
    max: number,
  ): void => {
    const value = input[field];
    if (typeof value !== 'string' || value.trim() === '') throw new InquiryValidationError(field, 'is required');
    if (value.length > max) throw new InquiryValidationError(field, `must be at most ${max} characters`);
  };
  const optional = (field: 'email' | 'message' | 'patientName', max: number): void => {
    const value = input[field];
    if (value !== undefined && value !== null && typeof value !== 'string')
      throw new InquiryValidationError(field, 'must be text');
    if (typeof value === 'string' && value.length > max)
      throw new InquiryValidationError(field, `must be at most ${max} characters`);
  };
  required('name', INQUIRY_LIMITS.name);
  required('preferredTime', INQUIRY_LIMITS.preferredTime);
  required('channel', INQUIRY_LIMITS.id);
  required('conversationId', INQUIRY_LIMITS.id);
  required('activityId', INQUIRY_LIMITS.id);
  optional('email', INQUIRY_LIMITS.email);
  optional('patientName', INQUIRY_LIMITS.name);
  optional('message', INQUIRY_LIMITS.message);
  if (input.language !== undefined && (typeof input.language !== 'string' || !INQUIRY_LANGUAGE.test(input.language)))
    throw new InquiryValidationError('language', 'must be an ISO 639 code such as en, es or vi');
  if (typeof input.phone !== 'string' || !E164.test(input.phone))
    throw new InquiryValidationError('phone', 'must be in E.164 format');
  if (typeof input.consentGiven !== 'boolean')
    throw new InquiryValidationError('consentGiven', 'must be true or false');
  if (input.consentAt !== null && !(input.consentAt instanceof Date && !Number.isNaN(input.consentAt.getTime()))) {
    throw new InquiryValidationError('consentAt', 'must be a valid date or null');
  }
  if (input.consentGiven && input.consentAt === null)
    throw new InquiryValidationError('consentAt', 'is required when consent is given');
  return input;
}
