/**
 * Class nouns that, after "the", stand for a named thing said before ("the city" for Varna, "the company" for Orr and Sons).
 * (A module of its own, importing nothing: title-words and clause-stems both build patterns from it as they load, and they
 * sit on one import cycle.)
 */
export const CLASS_NOUNS = "country|nation|state|city|town|village|capital|island|region|empire|kingdom|republic|site|park|building|monument|bridge|wall|tower|castle|church|temple|company|firm|band|group|team|party|war|battle|treaty|ship|river|lake|mountain|canal|railway|game|games|festival|holiday|movement|organi[sz]ation|society|school|university|museum|law|act|programme|program";
