/**
 * Patterns that turn a phrase of a question into one idea before words are counted:
 * "not treated" is untreated, "where is the hospital" asks for directions, "how long will
 * it last" asks for a duration. Most mark questions the hospital page does not answer
 * (follow-up visits, scan results, other injections, which medicines to take), so that
 * their words cannot carry them to a confident answer about the procedure. Each pattern is
 * written so that the in-scope question it resembles still matches (tests/faqMatcher.test.ts).
 */

/**
 * "not treated", "if we don't get it fixed", "without treatment": a negated treatment is
 * one idea, and its words alone would point to the entry about what vertebroplasty treats.
 */
const NEGATED_TREATMENT =
  /\b(?:not|dont|didnt|doesnt|never|no|without|wont|isnt|arent|cant)\s+(?:(?:be|been|get|gets|getting|got|have|having|it|its|the|a|this|that|them|her|him|his|my|any|to|do|going|gonna|want|wanna|need|fracture|fractures|vertebra|bone|back|spine|break)\s+){0,3}(?:treat|treated|treating|treatment|treatments|fix|fixed|fixing|repair|repaired)\b/g;

/**
 * "if we don't have it done", "she won't have the surgery", "decided not to do anything
 * about it": declining the procedure, the same idea as a negated treatment. The object
 * must be the procedure itself ("I don't have any pain" and "I don't get it" are not).
 */
const NEGATION = String.raw`(?:not|dont|didnt|doesnt|never|wont|refuse to|refuses to|rather not)`;
const INTENT = String.raw`(?:(?:want|wants|wanna|going|gonna|decide|decided|to)\s+(?:to\s+)?)?`;
const UNDERGO = String.raw`(?:have|has|get|gets|having|getting|do|doing|undergo|go ahead with|go through with)`;
const PROCEDURE = String.raw`(?:procedure|surgery|operation|vertebroplasty|kyphoplasty)`;
const NEGATED_PROCEDURE = new RegExp(
  String.raw`\b${NEGATION}\s+${INTENT}(?:` +
    String.raw`${UNDERGO}\s+(?:it|this|that)\s+done` +
    String.raw`|(?:${UNDERGO}\s+|want\s+|wants\s+)?(?:the\s+|a\s+|any\s+|this\s+|that\s+)?${PROCEDURE}` +
    String.raw`|do\s+(?:anything|nothing)(?=\s+about\b|\s*$)` +
    String.raw`)\b`,
  'g',
);

/**
 * Not eating before the procedure ("do I have to fast", "nil by mouth", "on an empty
 * stomach"), which the page does not cover: not "how fast" and not lying on the stomach.
 */
const FASTING =
  /\b(?:(?:need|needs|have|has|got) to fast|(?:should|must|do|does|will) (?:i|she|he|we|they) (?:need to |have to )?fast|fast(?:ing)? (?:before|beforehand|the night|overnight|from midnight|after midnight)|nil by mouth|nothing to eat|(?:on )?an empty stomach)\b/g;

/** "how long is the waiting list": when a slot is free, which the page does not say. */
const WAITING_LIST = /\b(?:waiting|wait) list\b/g;

/**
 * Whether to stop or hold medicines before the procedure is a question the page does not
 * answer; without this, "medication" would point to the entry about who it is for.
 */
const MEDICATION_CHANGE =
  /\b(?:(?:stop|stopping|hold|holding|pause|quit|skip)\s+(?:\w+\s+){0,2}(?:medications?|medicines?|meds|pills|drugs|tablets|thinners?)|(?:medications?|medicines?|meds|pills|drugs|tablets|thinners?)\s+(?:\w+\s+){0,3}(?:stop|stopping|hold|holding|pause|quit|skip))\b/g;

/** "where is the hospital": directions, which the page does not give ("where does the needle go" stays). */
const LOCATION =
  /\bwhere(?:s| is| are)? (?:is |are )?(?:the |your |you )?(?:hospital|clinic|office|building|entrance|department|center|centre|located)\b/g;

/** "what are your hours": opening or visiting hours, not how long the procedure lasts. */
const OPENING_HOURS = /\b(?:your|opening|office|clinic|business|visiting|open) hours\b/g;

/** "what can go wrong": risks, which the page does not cover. */
const GO_WRONG = /\b(?:go|goes|going|went|gone) wrong\b/g;

/** "how do they know where…": finding the spot, which is what the imaging is for. */
const KNOW_WHERE = /\b(?:know|tell|see|find|check|sure) where\b/g;

/** "right away", "straight after": only says "soon", and "right" would point to "the right spot". */
const RIGHT_AWAY = /\b(?:right|straight) (?:away|after)\b/g;

/**
 * "can I sleep on my back", "sleeping on my side": how to sleep at home, which the page does
 * not cover; "sleep" alone would point to the sedation entry ("put to sleep on my stomach" stays).
 */
const SLEEP_POSITION =
  /\b(?<!(?:put|puts|go|goes|going|send|sent)(?: (?:me|her|him|you|them|us))? to )sleep(?:ing)?\s+(?:on|in)\s+(?:my|her|his|your|their|the|a|one)?\s*(?:back|side|sides|stomach|front|tummy|belly|recliner|chair|armchair)\b/g;

/** "my follow up appointment", "a check up": later visits, which the page does not mention. */
const FOLLOW_UP =
  /\b(?:(?:a|my|her|his|the|any|our|their|first|next)\s+follow\s?ups?|follow\s?ups?\s+(?:appointment|appointments|visit|visits|care|scan|scans|xray|xrays|review)|check\s?ups?|post\s?op\s+(?:appointment|visit|review|clinic))\b/g;

/** "results of my MRI", "what did the scan show": someone's own test results, not the imaging that guides the needle. */
const TEST_RESULTS =
  /\b(?:results?\s+(?:of|from)\s+(?:my|her|his|the|their|our)?\s*(?:scans?|mri|mris|xrays?|ct|tests?|blood\s?(?:work|tests?)|biopsy|bone density|dexa)|(?:scan|scans|mri|xray|ct|test|blood|biopsy|density|dexa)\s+results?|what\s+(?:did|does|do|will)\s+(?:my|her|his|the|their)\s+(?:scans?|mri|xrays?|ct|tests?|biopsy)\s+(?:show|shows|say|says|mean|means)|(?:wait|waiting|hear|receive)\s+(?:for\s+|back\s+|about\s+)?(?:the|my|her|his|their|any)\s+results|(?:get|getting)\s+(?:my|her|his|their)\s+results)\b/g;

/** "who is the surgeon", "can I choose my doctor", "the doctor's name": who performs it, which the page does not say. */
const WHICH_DOCTOR =
  /\b(?:(?:who(?:s| is| will be| would be| will| does| is going to be)?|which|choose|pick|name of)\s+(?:the |my |your |a |our |her |his )?(?:doctor|doctors|surgeon|surgeons|dr|doc|specialist|radiologist|consultant)s?|(?:doctor|doctors|surgeon|surgeons|doc)s?\s+names?|who\s+(?:performs|will perform|is doing|will be doing|carries out|is performing))\b/g;

/** "a second opinion": not a second injection. */
const SECOND_OPINION = /\b(?:second|2nd|another|other)\s+opinions?\b/g;

/** "long term", "in the long run": lasting results, which the page does not report. */
const LONG_TERM = /\b(?:long\s?term|in the long run|long lasting)\b/g;

/** "does it cure osteoporosis": treating the disease itself, not the fractures it causes. */
const CURE_DISEASE = /\b(?:cure|cures|curing|reverse|reverses|get rid of)\s+(?:the |my |her |his |their )?(?:osteoporosis|cancer|thin bones|bone thinning)\b/g;

/** Other spine injections ("epidural steroid injection", "cortisone shot", "nerve block"): not this procedure's injection. */
const OTHER_INJECTION =
  /\b(?:(?:epidural|steroid|steroids|cortisone|facet|nerve root)\s+(?:injections?|shots?|jabs?)|epidural(?:s)?(?= for| in| instead|$)|nerve blocks?|(?:radio\s?frequency|rf) ablation)\b/g;

/**
 * "what painkillers can I take after", "can she take her pain pills": which medicines to
 * take, which the page does not say ("painkillers haven't helped" stays with who it is for).
 */
const MEDICATION_QUESTION =
  /\b(?:(?:what|which)\s+(?:pain\s?killers?|pain\s+(?:meds|medications?|medicines?|pills|tablets)|meds|medications?|medicines?|pills|tablets)\s+(?:can|should|could|do|will|may|to|am)|(?:can|should|could|may)\s+(?:i|she|he|we|they)\s+(?:still\s+)?take\s+(?:my |her |his |their |any |a |some )?(?:pain\s?killers?|pain\s+(?:meds|medications?|medicines?|pills|tablets)|meds|medications?|medicines?|pills|tablets))\b/g;

/** "how long will the procedure last": its length ("last" alone is filler: "last week"), not how long the relief lasts. */
const HOW_LONG_LAST = /\b(how long (?:(?!pain|relief|results?|effects?|benefits?|cement)\w+ ){0,4})lasts?\b/g;

/** "can my daughter stay with me", "can I be with her during it": company, which the page does not cover. */
const COMPANION =
  /\b(?:(?:stay|be|sit|wait|come in|go in)\s+with\s+(?:me|her|him|them|us)|(?:stay|be|sit|wait)\s+with\s+(?:my|his|her|their)\s+\w+\s+(?:during|while|in the room|throughout)|(?:in|into) the room with\s+(?:me|her|him|them))\b/g;

/** "will I need physio afterwards": rehabilitation after the procedure ("physio hasn't helped" stays with who it is for). */
const REHAB_AFTER =
  /\b(?:physio|physiotherapy|physical therapy|pt|rehab|rehabilitation)\s+(?:after|afterwards|post\s?op|following|once|when i get home|at home)\b/g;

/** "more than one level", "how many vertebrae": treating several bones at once, which the page does not cover. */
const SEVERAL_LEVELS =
  /\b(?:more than one|several|multiple|two|2|three|3|how many|other)\s+(?:levels?|vertebrae|vertebras)\b/g;

/** "is there an age limit": the page gives no age rule ("time limit" stays with timing). */
const AGE_LIMIT = /\b(?:age\s+(?:limit|limits|restriction|restrictions|cut\s?off)|maximum age|minimum age)\b/g;

/** "good morning": a greeting, not the "good about it" of the benefits entry. */
const GREETING = /\bgood (?:morning|afternoon|evening|day|night)\b/g;

/**
 * Looking after the puncture at home ("when can the bandage come off", "how do I look after
 * the wound"), which the page does not cover: it says only that a bandage covers it.
 */
const WOUND_CARE =
  /\b(?:(?:bandage|bandages|dressing|dressings|plaster|bandaid|band aid)\s+(?:come|comes|coming|came)\s+off|(?:take|taking|get|getting|peel)\s+(?:the |my |her |his )?(?:bandage|dressing|plaster|bandaid|band aid)\s+off|(?:remove|removing|change|changing)\s+(?:the |my |her |his )?(?:bandage|dressing|plaster|bandaid|band aid|stitches)|(?:look after|care for|clean|cleaning|keep clean)\s+(?:the |my |her |his )?(?:wound|site|puncture|incision|cut))\b/g;

/** "is it normal to…", "is swelling normal": whether a symptom afterwards is expected, not normal activities. */
const IS_NORMAL =
  /\b(?:is\s+(?:it|this|that|swelling|bruising|bleeding|pain|soreness|numbness|stiffness)\s+normal|(?:normal|usual|expected)\s+to\s+(?:have|feel|still|get|be|experience|see))\b/g;

/** "my pain is worse since the procedure", "the pain came back": pain after it, which the page does not cover. */
const PAIN_AFTER =
  /\b(?:pain|it|back|symptoms?)\s+(?:has\s+|have\s+|is\s+|got\s+|gets\s+|getting\s+|feels\s+)?(?:worse|returned|returning|came back|come back|coming back)\s+(?:after|since|following|a\s+\w+\s+later)\b/g;

/** "can I lie on my side afterwards": lying at home, not the face-down position during the procedure. */
const LYING_AFTER =
  /\b(?:lie|lay|lying|laying)\s+on\s+(?:my|her|his|your|their|the|one)?\s*(?:back|side|sides)\s+(?=after|afterwards|at home|in bed|once|when i get home|the first night|at night)/g;

/** "is it covered by insurance / the NHS": coverage, not the bandage that covers the puncture. */
const COVERED_BY = /\b(?:covered|cover it|cover this|cover the cost)\s+(?:by|under|on|with)\b/g;

/** "how much cement": the amount, which the page does not give ("how much time" stays with the length). */
const AMOUNT = /\bhow much (?:cement|glue|filler|material|substance|stuff)\b/g;

/** "should I bring my medications": what to bring, not medicines that failed before (who it is for). */
const BRING_MEDS = /\bbring\s+(?:in\s+)?(?:my |her |his |their |all )?(?:medications?|meds|medicines?|pills|tablets|prescriptions?)\b/g;

/** Phrases read as one word before stop words are dropped, in this order. */
export const PHRASE_REWRITES: ReadonlyArray<readonly [RegExp, string]> = [
  [NEGATED_TREATMENT, 'untreated'],
  [NEGATED_PROCEDURE, 'untreated'],
  [WAITING_LIST, 'waitlist'],
  [FASTING, 'fasting'],
  [RIGHT_AWAY, ''],
  [MEDICATION_CHANGE, 'medicationchange'],
  [LOCATION, 'directions'],
  [GO_WRONG, 'risk'],
  [OPENING_HOURS, 'openinghours'],
  [KNOW_WHERE, 'locate'],
  [SLEEP_POSITION, 'sleepposition'],
  [FOLLOW_UP, 'followup'],
  [TEST_RESULTS, 'testresults'],
  [WHICH_DOCTOR, 'whichdoctor'],
  [SECOND_OPINION, 'secondopinion'],
  [LONG_TERM, 'longterm'],
  [CURE_DISEASE, 'curedisease'],
  [OTHER_INJECTION, 'otherinjection'],
  [MEDICATION_QUESTION, 'medicationchange'],
  [HOW_LONG_LAST, '$1duration'],
  [COMPANION, 'companion'],
  [REHAB_AFTER, 'rehab'],
  [SEVERAL_LEVELS, 'multilevel'],
  [AGE_LIMIT, 'agelimit'],
  [GREETING, ''],
  [WOUND_CARE, 'woundcare'],
  [IS_NORMAL, 'isnormal'],
  [PAIN_AFTER, 'painafter'],
  [LYING_AFTER, 'sleepposition '],
  [COVERED_BY, 'coverage'],
  [AMOUNT, 'amount'],
  [BRING_MEDS, 'medicationchange'],
];
