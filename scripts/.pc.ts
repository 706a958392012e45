import { pointsOutside } from "../lib/generation/check-stems";
for (const s of ["Today thousands take place every year.", "Many died in the fire.", "Many people died in the fire.", "Most of the crew survived.", "Thousands of people came.", "Both men reached the top.", "Both reached the top."]) console.log(pointsOutside(s), s);
for (const s of ["Many weaving families moved to the coal towns in the north.", "Few bogs were cut for fuel in the last two centuries.", "Most are built from the same few parts.", "Many believe the ship sank."]) console.log(pointsOutside(s), s);
