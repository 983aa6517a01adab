import type { SavedInquiry } from './inquiryStore.js';

/**
 * An inquiry as staff and their systems see it (CLI and webhook alike); conversation and
 * activity ids stay in the database.
 */
export interface InquiryRecord {
  id: string;
  createdAt: string;
  /** The caller: the person to ask for. */
  name: string;
  /** Whom the call is about when a relative asked for it; null when it is the caller. */
  patientName: string | null;
  phone: string;
  email: string | null;
  preferredTime: string;
  message: string | null;
  /** The language the call back should be in (ISO 639: 'en', 'es', or another such as 'vi' for an interpreter). */
  language: string;
  channel: string;
  consentGiven: boolean;
  consentAt: string | null;
}

/** One shape for every hand-off, so the CLI and the webhook never disagree on a field. */
export function toRecord(inquiry: SavedInquiry): InquiryRecord {
  return {
    id: inquiry.id,
    createdAt: inquiry.createdAt.toISOString(),
    name: inquiry.name,
    patientName: inquiry.patientName,
    phone: inquiry.phone,
    email: inquiry.email,
    preferredTime: inquiry.preferredTime,
    message: inquiry.message,
    language: inquiry.language,
    channel: inquiry.channel,
    consentGiven: inquiry.consentGiven,
    consentAt: inquiry.consentAt?.toISOString() ?? null,
  };
}
