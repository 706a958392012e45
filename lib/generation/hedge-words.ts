/**
 * The hedge words of a figure that can also sit inside a range ("from about 1200 to about 1250"), as one regex alternation.
 * A leaf module (no imports): check-minor-facts reads them, and check-side-details' HEDGE is built on them.
 */
export const FIGURE_HEDGES = "about|around|roughly|perhaps|possibly|probably";
