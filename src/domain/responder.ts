import { EmergencyDetector } from './emergency.js';
import { FaqMatcher } from './faqMatcher.js';
import { IntentMatcher } from './intents.js';
import type { FaqEntry, IntentName, Knowledge } from './knowledge.js';

/** A message to send: text plus optional quick-reply choices (buttons). Framework-free. */
export interface Reply {
  readonly text: string;
  readonly choices?: readonly string[];
}

/** What the bot should do with a message outside any dialog, with an event name to log. */
export type Decision =
  | { readonly action: 'reply'; readonly event: string; readonly entryId?: string; readonly replies: readonly Reply[] }
  | { readonly action: 'startContact'; readonly event: 'contact.start' };

/**
 * Decides the reply to a free-text message: small talk and the contact request, then
 * the FAQ. The emergency check is exposed separately because it must run before
 * everything, dialogs included. All wording comes from `knowledge/`.
 */
export class Responder {
  readonly emergency: EmergencyDetector;
  readonly matcher: FaqMatcher;
  readonly intents: IntentMatcher;

  constructor(private readonly knowledge: Knowledge) {
    this.emergency = new EmergencyDetector(knowledge.emergencyPhrases);
    this.matcher = new FaqMatcher(knowledge.faq, undefined, knowledge.vocabulary);
    this.intents = new IntentMatcher(knowledge.intents);
  }

  get messages(): Knowledge['messages'] {
    return this.knowledge.messages;
  }

  get contactTexts(): Knowledge['contact'] {
    return this.knowledge.contact;
  }

  /** The 911 sentence, always first, then the hospital's number. */
  emergencyReplies(): Reply[] {
    return [{ text: this.messages.emergency }, { text: this.messages.emergencyFollowUp }];
  }

  welcome(): Reply[] {
    const m = this.messages;
    return [{ text: m.welcome }, { text: m.notForEmergencies }, { text: m.welcomeTopicsPrompt, choices: [...this.titles(m.welcomeTopics), m.contactButton] }];
  }

  help(): Reply[] {
    return [{ text: this.messages.help, choices: [...this.titles(this.messages.welcomeTopics), this.messages.contactButton] }];
  }

  /** Small talk, contact request or FAQ. The caller has already ruled out an emergency. */
  decide(text: string): Decision {
    const m = this.messages;
    if (this.intents.is('contact', text)) return { action: 'startContact', event: 'contact.start' };
    if (this.intents.is('greeting', text)) return { action: 'reply', event: 'smalltalk.greeting', replies: [{ text: m.greeting, choices: this.titles(m.welcomeTopics) }] };
    if (this.intents.is('thanks', text)) return { action: 'reply', event: 'smalltalk.thanks', replies: [{ text: m.thanks }] };
    if (this.intents.is('goodbye', text)) return { action: 'reply', event: 'smalltalk.goodbye', replies: [{ text: m.goodbye }] };
    if (this.intents.is('help', text)) return { action: 'reply', event: 'help', replies: this.help() };
    return this.answer(text);
  }

  /** FAQ only: used by dialogs to answer a question asked in the middle of a form. */
  answer(text: string): Decision {
    const m = this.messages;
    const match = this.matcher.match(text);
    if (match.kind === 'answer') {
      return { action: 'reply', event: 'faq.answer', entryId: match.entry.id, replies: this.answerReplies(match.entry) };
    }
    if (match.kind === 'clarify') {
      return { action: 'reply', event: 'faq.clarify', replies: [{ text: m.didYouMean, choices: [...match.candidates.map((c) => c.title), m.contactButton] }] };
    }
    return {
      action: 'reply',
      event: 'faq.none',
      replies: [{ text: m.fallback }, { text: m.fallbackTopicsPrompt, choices: [...this.titles(m.fallbackTopics), m.contactButton] }],
    };
  }

  /** Whether the message is the small-talk or form command `intent` ("cancel", "help"…). */
  isIntent(intent: IntentName, text: string): boolean {
    return this.intents.is(intent, text);
  }

  /** A confident FAQ answer to a question asked in the middle of a form, or undefined: a form never offers menus. */
  answerDuringForm(text: string): { readonly entryId: string; readonly replies: readonly Reply[] } | undefined {
    const match = this.matcher.match(text);
    return match.kind === 'answer' ? { entryId: match.entry.id, replies: [{ text: match.entry.answer }] } : undefined;
  }

  /** The answer, with related questions as buttons (like QnA follow-up prompts). */
  answerReplies(entry: FaqEntry): Reply[] {
    const related = this.titles(entry.related);
    const choices = entry.id === 'contact-hospital' ? [this.messages.contactButton] : [...related, this.messages.contactButton];
    return [{ text: entry.answer, choices }];
  }

  private titles(ids: readonly string[]): string[] {
    return ids.map((id) => this.matcher.entry(id)?.title).filter((t): t is string => t !== undefined);
  }
}
