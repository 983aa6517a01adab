/** Inquiry fields that hold personal details (the ones a codec may encrypt). */
export const PERSONAL_FIELDS = ['name', 'phone', 'email', 'preferredTime', 'message'] as const;
export type PersonalField = (typeof PERSONAL_FIELDS)[number];

/**
 * How personal fields are turned into stored text and back. The stores call it for every
 * personal field, so encryption at rest plugs in here without touching SQL; the default
 * stores text as it is.
 */
export interface FieldCodec {
  encode(field: PersonalField, value: string): string;
  decode(field: PersonalField, stored: string): string;
}

export const plainText: FieldCodec = {
  encode: (_field, value) => value,
  decode: (_field, stored) => stored,
};
