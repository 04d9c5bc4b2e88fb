import temml from "temml";
const xs = process.argv.slice(2);
for (const x of xs) { try { console.log(x, "\n  ", temml.renderToString(x, {trust:false}).replace(/^<math>|<\/math>$/g,"")); } catch(e) { console.log(x, "ERR", e.message); } }
