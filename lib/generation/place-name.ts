/**
 * A place's name: capitalised words, with letters beyond ASCII ("Zöll", "St. Vell"). A leaf module with no imports: the
 * side-detail and side-area checks both read it at load time, and they sit in an import cycle, so neither may own it.
 */
export const PLACE_NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*`;
