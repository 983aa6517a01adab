import type { TurnContext } from 'botbuilder';

/** Where this turn keeps the reader's language, for the dialogs that decide on the same message. */
const READER_LANGUAGE = Symbol('readerLanguage');

/**
 * The language a person has written in so far, for a message whose words tell none ("ok", "1", a phone number):
 * set once per turn by the bot, read by the root dialog.
 */
export function setReaderLanguage(context: TurnContext, language: 'en' | 'es'): void {
  context.turnState.set(READER_LANGUAGE, language);
}

export function readerLanguage(context: TurnContext): 'en' | 'es' | undefined {
  return context.turnState.get<'en' | 'es' | undefined>(READER_LANGUAGE);
}
