const fs = require("fs");
const path = require("path");
const { Compilation, sources, WebpackError } = require("webpack");

/**
 * Makes functions-da.json from the generated functions.json and the Danish text maps beside
 * each family (every <family>.da.json under src/, merged): same ids,
 * names and parameter order (formulas must work in every Excel language), Danish descriptions and
 * Danish parameter names (src/excel/danish-parameter-names.json, which the Danish messages use too).
 * Fails the build when a function or parameter has no Danish text or the map names one that
 * does not exist. Danish help URLs open the Danish pages (docs/da/). Also rewrites development
 * URLs (help links) in both files.
 */
function danishMetadata(english, texts, names = {}) {
  const problems = [];
  const danish = JSON.parse(JSON.stringify(english));
  for (const fn of danish.functions) {
    const da = texts[fn.id];
    if (!da) {
      problems.push(`no Danish text for ${fn.id}`);
      continue;
    }
    fn.description = da.description;
    // The Danish help page: docs/<page>.html#a becomes docs/da/<page>.html#a.
    if (fn.helpUrl) fn.helpUrl = fn.helpUrl.replace(/\/docs\/([^/]+\.html)/, "/docs/da/$1");
    for (const p of fn.parameters) {
      if (!da.parameters || !da.parameters[p.name]) problems.push(`no Danish text for ${fn.id}(${p.name})`);
      else p.description = da.parameters[p.name];
      // Danish Excel's tooltip shows the Danish name; formulas do not depend on parameter names.
      if (!names[p.name]) problems.push(`no Danish name for ${fn.id}(${p.name}) in src/excel/danish-parameter-names.json`);
      else p.name = names[p.name];
    }
    for (const name of Object.keys(da.parameters || {})) {
      if (!english.functions.find((f) => f.id === fn.id).parameters.some((p) => p.name === name)) problems.push(`Danish text for unknown parameter ${fn.id}(${name})`);
    }
  }
  for (const id of Object.keys(texts)) {
    if (!english.functions.some((f) => f.id === id)) problems.push(`Danish text for unknown function ${id}`);
  }
  return { danish, problems };
}

/** Every *.da.json under the folder, merged into one map by function id. */
function readTexts(folder) {
  const texts = {};
  for (const file of fs.readdirSync(folder, { recursive: true }).filter((f) => f.endsWith(".da.json"))) {
    Object.assign(texts, JSON.parse(fs.readFileSync(path.join(folder, file), "utf8")));
  }
  return texts;
}

function oneLine(text) {
  return (text || "").replace(/\s+/g, " ").trim();
}

class DanishMetadataPlugin {
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("DanishMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "DanishMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const { input, output, texts, rewrite } = this.options;
        const asset = compilation.getAsset(input);
        if (!asset) return; // the metadata plugin already reported why
        const english = JSON.parse(asset.source.source().toString());
        // JSDoc wraps lines; Excel shows descriptions as one paragraph.
        for (const fn of english.functions) {
          fn.description = oneLine(fn.description);
          for (const p of fn.parameters) p.description = oneLine(p.description);
        }
        // Error values reach the functions (parameters are all of type any), so an input's error comes back as it is.
        english.allowErrorForDataTypeAny = true;
        const names = JSON.parse(fs.readFileSync(path.join(texts, "excel", "danish-parameter-names.json"), "utf8"));
        const { danish, problems } = danishMetadata(english, readTexts(texts), names);
        problems.forEach((p) => compilation.errors.push(new WebpackError(`functions-da.json: ${p}`)));
        compilation.updateAsset(input, new sources.RawSource(rewrite(JSON.stringify(english, null, 2))));
        compilation.emitAsset(output, new sources.RawSource(rewrite(JSON.stringify(danish, null, 2))));
      });
    });
  }
}

module.exports = { DanishMetadataPlugin, danishMetadata, readTexts };
