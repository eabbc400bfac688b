#!/usr/bin/env node
/**
 * Validates the add-in manifest offline against the Office XSDs with xmllint
 * (`office-addin-manifest validate` needs Microsoft's web service).
 *
 *   npm run validate                 manifest.xml, and dist/manifest.xml when built
 *   node scripts/validate-manifest.js a.xml b.xml
 *
 * The schemas are looked for in ../shared/office-schemas (beside the repository) unless
 * SPU_OFFICE_SCHEMAS names the folder. xmllint is in Debian's libxml2-utils.
 */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.join(__dirname, "..");
const schemas = process.env.SPU_OFFICE_SCHEMAS || path.join(root, "..", "shared", "office-schemas");
const schema = path.join(schemas, "OfficeAppManifestV1_1.xsd");

function manifests() {
  const given = process.argv.slice(2);
  if (given.length) return given;
  return ["manifest.xml", "dist/manifest.xml"].filter((f) => fs.existsSync(path.join(root, f)));
}

function main() {
  if (!fs.existsSync(schema)) {
    console.error(`validate-manifest: the Office manifest schemas are missing: ${schema} not found.`);
    console.error("Put the XSDs in ../shared/office-schemas or set SPU_OFFICE_SCHEMAS to their folder.");
    return 2;
  }
  const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  if (probe.error) {
    console.error("validate-manifest: xmllint is not installed (Debian/Ubuntu: apt-get install libxml2-utils).");
    return 2;
  }
  let failed = 0;
  for (const file of manifests()) {
    const run = spawnSync("xmllint", ["--noout", "--schema", schema, file], { cwd: root, encoding: "utf8" });
    if (run.status === 0) console.log(`${file}: valid`);
    else {
      failed++;
      console.error(`${file}: NOT valid\n${run.stderr.trim()}`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main();
