/** The small part of node-nlp 4.x (NLP.js, CommonJS, untyped) that bench/nlpjs.ts uses. */
declare module 'node-nlp' {
  export interface NlpClassification {
    intent: string;
    score: number;
  }
  export interface NlpResult {
    intent: string;
    score: number;
    classifications: NlpClassification[];
  }
  export interface NlpManagerSettings {
    languages?: string[];
    forceNER?: boolean;
    nlu?: Record<string, unknown>;
    /** Below this top score the intent becomes "None" (NLP.js default 0.5). */
    threshold?: number;
    autoSave?: boolean;
    autoLoad?: boolean;
    [key: string]: unknown;
  }
  export class NlpManager {
    constructor(settings?: NlpManagerSettings);
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<unknown>;
    process(locale: string, utterance: string): Promise<NlpResult>;
  }
}
