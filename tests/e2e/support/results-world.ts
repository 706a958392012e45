/** Names of the class with known results that seed-results.ts builds for the end-to-end run. */
export const RESULTS_QUIZ_TITLE = "Results check quiz";
export const RESULTS_CLASS = "Results check class";
export const RESULTS_STUDENTS = [
  { username: "results-formula", displayName: "=SUM(A1)" },
  { username: "results-accents", displayName: "Zoë Ångström" },
  { username: "results-plain", displayName: "Pat Plain" },
];
