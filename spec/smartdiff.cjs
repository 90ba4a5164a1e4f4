// api-smart-diff (npm, pinned in package.json) on two OpenAPI files: its classified changes as JSON
// lines. Used by spec/update.py, which quotes its breaking ones in the change report.
"use strict";
const fs = require("fs");
const { apiDiff } = require("api-smart-diff");

const [before, after] = process.argv.slice(2).map((file) => JSON.parse(fs.readFileSync(file, "utf8")));
for (const change of apiDiff(before, after)) {
  const { path, action, type, description } = change;
  process.stdout.write(JSON.stringify({ path, action, type, description: description || "" }) + "\n");
}
