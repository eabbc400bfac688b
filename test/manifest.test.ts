import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import { XmlElement, descendants, parseXml, select } from "./helpers/xml";

const root = path.join(__dirname, "..");
const BASIC_TYPES = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const SCHEMAS = path.join(root, "..", "shared", "office-schemas");
const VALIDATE = path.join(root, "scripts", "validate-manifest.js");

const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");
const one = (from: XmlElement, at: string): XmlElement => {
  const found = select(from, at);
  if (found.length !== 1) throw new Error(`${at}: ${found.length} elements`);
  return found[0];
};

/** URLs the manifest hands to Office: attribute values and element texts, not namespaces. */
function urls(doc: XmlElement): string[] {
  return descendants(doc).flatMap((e) => [
    ...Object.entries(e.attributes)
      .filter(([name, value]) => !name.startsWith("xmlns") && /^[a-z]+:\/\//i.test(value))
      .map(([, value]) => value),
    ...(/^\s*[a-z]+:\/\//i.test(e.text) ? [e.text.trim()] : []),
  ]);
}

/** The resource ids the manifest defines (bt:Image, bt:Url, bt:String). */
function resources(doc: XmlElement): Map<string, XmlElement> {
  const res = descendants(one(doc, "OfficeApp/VersionOverrides/Resources"));
  return new Map(res.filter((e) => e.namespace === BASIC_TYPES && e.attributes.id).map((e) => [e.attributes.id, e]));
}

const xmllint = spawnSync("xmllint", ["--version"]).error === undefined;
const schemas = fs.existsSync(path.join(SCHEMAS, "OfficeAppManifestV1_1.xsd"));

describe.each(["manifest.xml", "dist/manifest.xml"])("%s", (file) => {
  const doc = parseXml(read(file));
  const host = one(doc, "OfficeApp/VersionOverrides/Hosts/Host");
  const extension = select(host, "AllFormFactors/ExtensionPoint").find((e) => e.attributes["xsi:type"] === "CustomFunctions") as XmlElement;

  test("one shared runtime: Runtime, Page, FunctionFile and the task pane share a bt:Url resid", () => {
    const runtime = one(host, "Runtimes/Runtime").attributes.resid;
    const taskpane = descendants(host).find((e) => e.local === "Action" && e.attributes["xsi:type"] === "ShowTaskpane") as XmlElement;
    expect({
      page: one(extension, "Page/SourceLocation").attributes.resid,
      functionFile: one(host, "DesktopFormFactor/FunctionFile").attributes.resid,
      taskpane: one(taskpane, "SourceLocation").attributes.resid,
    }).toEqual({ page: runtime, functionFile: runtime, taskpane: runtime });
    expect(resources(doc).get(runtime)?.qname).toBe("bt:Url");
    expect(one(host, "Runtimes/Runtime").attributes.lifetime).toBe("long");
  });

  test("the pane opens with a workbook that asks for it (MS-OWEMXML ShowTaskpane: TaskpaneId Office.AutoShowTaskpaneWithDocument)", () => {
    const taskpane = descendants(host).find((e) => e.local === "Action" && e.attributes["xsi:type"] === "ShowTaskpane") as XmlElement;
    expect(one(taskpane, "TaskpaneId").text.trim()).toBe("Office.AutoShowTaskpaneWithDocument");
  });

  test("custom functions live in the SPU namespace, script and metadata on bt:Urls", () => {
    const res = resources(doc);
    expect(res.get(one(extension, "Namespace").attributes.resid)?.attributes.DefaultValue).toBe("SPU");
    expect(res.get(one(extension, "Script/SourceLocation").attributes.resid)?.attributes.DefaultValue).toMatch(/\/functions\.js$/);
    expect(res.get(one(extension, "Metadata/SourceLocation").attributes.resid)?.attributes.DefaultValue).toMatch(/\/functions\.json$/);
  });

  test("every resid used is defined", () => {
    const defined = resources(doc);
    const used = descendants(doc).filter((e) => e.attributes.resid).map((e) => e.attributes.resid);
    expect(used.length).toBeGreaterThan(5);
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
  });

  test("the version has four parts", () => {
    expect(one(doc, "OfficeApp/Version").text.trim()).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  test("every Override is bt:Override in the basic-types namespace", () => {
    const overrides = descendants(doc).filter((e) => e.local === "Override");
    expect(overrides.length).toBeGreaterThan(0);
    expect(overrides.filter((e) => e.qname !== "bt:Override" || e.namespace !== BASIC_TYPES).map((e) => e.qname)).toEqual([]);
  });

  test("Danish Excel gets the Danish metadata (da-DK override of Functions.Metadata.Url)", () => {
    const metadata = resources(doc).get(one(extension, "Metadata/SourceLocation").attributes.resid) as XmlElement;
    const danish = metadata.children.filter((e) => e.local === "Override" && e.attributes.Locale === "da-DK");
    expect(danish).toHaveLength(1);
    expect(danish[0].attributes.Value).toMatch(/\/functions-da\.json$/);
    expect(danish[0].attributes.Value.replace(/-da\.json$/, ".json")).toBe(metadata.attributes.DefaultValue);
  });

  test("every URL is https", () => {
    const all = urls(doc);
    expect(all.length).toBeGreaterThan(5);
    expect(all.filter((u) => !u.startsWith("https://"))).toEqual([]);
  });

  (xmllint && schemas ? test : test.skip)("validates against ../shared/office-schemas with xmllint", () => {
    const run = spawnSync("xmllint", ["--noout", "--schema", path.join(SCHEMAS, "OfficeAppManifestV1_1.xsd"), file], { cwd: root, encoding: "utf8" });
    expect(run.stderr.trim()).toBe(`${file} validates`);
    expect(run.status).toBe(0);
  });
});

describe("the production manifest (dist/manifest.xml)", () => {
  const source = read("dist/manifest.xml");

  test("points at the same files as the development manifest, on the production host", () => {
    const dev = parseXml(read("manifest.xml"));
    const prod = parseXml(source);
    const base = (doc: XmlElement) => {
      const script = one(doc, "OfficeApp/VersionOverrides/Hosts/Host/AllFormFactors/ExtensionPoint/Script/SourceLocation").attributes.resid;
      return (resources(doc).get(script) as XmlElement).attributes.DefaultValue.replace(/functions\.js$/, "");
    };
    const devBase = base(dev);
    const prodBase = base(prod);
    const expected = urls(dev).map((u) => (u.startsWith(devBase) ? prodBase + u.slice(devBase.length) : u === new URL(devBase).origin ? new URL(prodBase).origin : u));
    expect(urls(prod)).toEqual(expected);
  });
});

describe("npm run validate (scripts/validate-manifest.js)", () => {
  const run = (env: NodeJS.ProcessEnv, ...files: string[]) =>
    spawnSync(process.execPath, [VALIDATE, ...files], { cwd: root, encoding: "utf8", env: { ...process.env, ...env } });

  (xmllint && schemas ? test : test.skip)("passes both manifests", () => {
    const result = run({});
    expect(result.stdout).toContain("manifest.xml: valid");
    expect(result.status).toBe(0);
  });

  (xmllint && schemas ? test : test.skip)("fails a manifest the schema refuses", () => {
    const broken = path.join(root, "dist", "broken-manifest.xml");
    fs.writeFileSync(broken, read("manifest.xml").replace("<Version>1.0.0.0</Version>", "<Version>one</Version>"));
    try {
      const result = run({}, broken);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("NOT valid");
    } finally {
      fs.unlinkSync(broken);
    }
  });

  test("says clearly when the schemas are missing", () => {
    const result = run({ SPU_OFFICE_SCHEMAS: path.join(root, "no-such-folder") });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/schemas are missing/);
  });

  (schemas ? test : test.skip)("says clearly when xmllint is missing", () => {
    const result = run({ PATH: "" });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/xmllint is not installed.*libxml2-utils/);
  });
});
