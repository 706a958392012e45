import { findSpans } from "../lib/generation/find-spans";
for (const s of ["The school was named after Oren Pike.", "The ship was named for the queen.", "The bay was called by sailors the Gate."]) console.log(s, JSON.stringify(findSpans(s).map((x) => [x.type, x.text])));
