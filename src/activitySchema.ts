import { z } from 'zod';

/** Longest message text accepted at the edge (Teams allows about 28 KB); the bot reads the first 2000 characters. */
export const MAX_ACTIVITY_TEXT = 32_000;
/** Deepest JSON nesting accepted; real activities (Teams included) stay far below it. */
export const MAX_DEPTH = 32;

const id = (max: number) => z.string().trim().min(1).max(max);
const account = z.looseObject({
  id: id(512),
  name: z.string().max(512).optional(),
  role: z.string().max(64).optional(),
});

/**
 * What the bot needs from an incoming activity, checked before botbuilder sees it, so a
 * broken activity gets a 400 with a short reason instead of a turn error. Fields not
 * listed (channelData and the like) pass through untouched.
 */
export const activitySchema = z.looseObject({
  type: id(64),
  id: id(512).optional(),
  channelId: id(64),
  serviceUrl: id(2048),
  conversation: z.looseObject({
    id: id(512),
    isGroup: z.boolean().optional(),
    conversationType: z.string().max(64).optional(),
  }),
  from: account,
  recipient: account,
  text: z.string().max(MAX_ACTIVITY_TEXT).optional(),
  deliveryMode: z.string().max(32).optional(),
  locale: z.string().max(64).optional(),
  entities: z
    .array(z.looseObject({ type: z.string().max(128) }))
    .max(50)
    .optional(),
  attachments: z
    .array(z.looseObject({ contentType: z.string().max(256) }))
    .max(20)
    .optional(),
  membersAdded: z.array(account).max(50).optional(),
  membersRemoved: z.array(account).max(50).optional(),
});

export type EdgeActivity = z.infer<typeof activitySchema>;

/** The activity, or a short reason naming the first bad field (never its value). */
export function parseActivity(body: unknown): { activity: EdgeActivity } | { reason: string } {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return { reason: 'Request body must be a JSON activity object.' };
  if (depthExceeds(body, MAX_DEPTH)) return { reason: 'Activity is nested too deeply.' };
  const parsed = activitySchema.safeParse(body);
  if (parsed.success) return { activity: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') || 'body';
  return { reason: `Activity field "${field}" is missing or invalid.` };
}

/** Iterative, so a 10,000-deep object cannot overflow the stack here either. */
function depthExceeds(root: object, max: number): boolean {
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (value === null || typeof value !== 'object') continue;
    if (depth > max) return true;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return false;
}
