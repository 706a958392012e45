/**
 * Words that make a description name a person ("a merchant", "the queen"). Kept in a module of its own so that span
 * finding can read it without importing the question makers that themselves import span finding.
 */
export const PERSON_NOUN =
  /\b(?:leader|ruler|emperor|empress|king|queen|prince|princess|pharaoh|athlete|runner|historian|writer|author|poet|scientist|explorer|general|admiral|soldier|officer|commander|captain|chief|governor|president|minister|politician|activist|lawyer|teacher|student|engineer|inventor|artist|painter|architect|merchant|trader|priest|monk|nun|bishop|pope|saint|warrior|hero|heroine|god|goddess|son|daughter|father|mother|wife|husband|brother|sister|aunt|uncle|cousin|niece|nephew|grandmother|grandfather|grandson|granddaughter|stepmother|stepfather|stepson|stepdaughter|man|woman|boy|girl|loyalist|founder|navigator|sailor|pilot|doctor|nurse|slave|abolitionist|conductor|philosopher|prophet|missionary|conquistador|noble|nobleman|lord|lady|heir|successor|rival|ally|friend|servant|owner|master|apprentice|tsar|czar|czarina|khan|shah|shogun|caliph|sultan|chieftain|knight|duke|earl|baron|monarch|widow|sheriff|abbot|mayor)s?\b/i;
