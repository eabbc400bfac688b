/**
 * Where a production build points: SPU_PUBLIC_URL checked by scripts/public-url.js, applied by
 * webpack.config.js, and one real build into a temporary folder.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { descendants, parseXml } from "./helpers/xml";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { publicUrl } = require("../scripts/public-url") as { publicUrl(value: string | undefined): string | undefined };

const root = path.join(__dirname, "..");
const WEBPACK = require.resolve("webpack-cli/bin/cli.js");

/** Runs the production build; minimizing is skipped because it takes most of the time and changes no URL. */
function build(publicUrlValue: string, outputPath: string) {
  return spawnSync(process.execPath, [WEBPACK, "--mode", "production", "--no-optimization-minimize", "--output-path", outputPath], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, SPU_PUBLIC_URL: publicUrlValue },
  });
}

describe("publicUrl (SPU_PUBLIC_URL)", () => {
  test.each([
    ["https://addins.example.dk/spu", "https://addins.example.dk/spu/"],
    ["https://addins.example.dk/spu/", "https://addins.example.dk/spu/"],
    ["https://addins.example.dk", "https://addins.example.dk/"],
    [" https://Addins.Example.dk:8443/spu ", "https://addins.example.dk:8443/spu/"],
  ])("%j becomes %j", (value, expected) => {
    expect(publicUrl(value)).toBe(expected);
  });

  test.each([undefined, "", "  "])("%j is unset", (value) => {
    expect(publicUrl(value)).toBeUndefined();
  });

  test.each([
    ["http://addins.example.dk/spu", 'SPU_PUBLIC_URL must start with https:// (Office loads add-ins only over https): "http://addins.example.dk/spu"'],
    ["addins.example.dk/spu", 'SPU_PUBLIC_URL is not a URL: "addins.example.dk/spu". Give the address dist/ is served from, e.g. https://addins.example.dk/spu/'],
    ["https://addins.example.dk/spu?v=2", 'SPU_PUBLIC_URL must be a plain folder address, without ?query, #fragment or user:password: "https://addins.example.dk/spu?v=2"'],
    ["https://addins.example.dk/spu#top", 'SPU_PUBLIC_URL must be a plain folder address, without ?query, #fragment or user:password: "https://addins.example.dk/spu#top"'],
  ])("%j is refused", (value, message) => {
    expect(() => publicUrl(value)).toThrow(message);
  });
});

describe("webpack.config.js in production mode", () => {
  const saved = process.env.SPU_PUBLIC_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.SPU_PUBLIC_URL;
    else process.env.SPU_PUBLIC_URL = saved;
    jest.restoreAllMocks();
  });

  /** The transform the build applies to manifest.xml. */
  async function manifestTransform(): Promise<(content: Buffer) => string | Buffer> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = await require("../webpack.config.js")({ WEBPACK_BUILD: true }, { mode: "production" });
    const copy = config.plugins.find((p: { constructor: { name: string } }) => p.constructor.name === "CopyPlugin");
    return copy.patterns.find((p: { from: string }) => p.from === "manifest.xml").transform;
  }
  const sample = '<AppDomain>https://localhost:3000</AppDomain><bt:Url DefaultValue="https://localhost:3000/functions.json" />';

  test("without SPU_PUBLIC_URL it keeps https://localhost:3000/ and says so", async () => {
    delete process.env.SPU_PUBLIC_URL;
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const transform = await manifestTransform();
    expect(transform(Buffer.from(sample)).toString()).toBe(sample);
    expect(warn).toHaveBeenCalledWith(
      "SPU_PUBLIC_URL is not set: this production build points at https://localhost:3000/. Set it to the https address dist/ is served from."
    );
  });

  test("a URL without its trailing slash gets one", async () => {
    process.env.SPU_PUBLIC_URL = "https://addins.example.dk/spu";
    const transform = await manifestTransform();
    expect(transform(Buffer.from(sample))).toBe(
      '<AppDomain>https://addins.example.dk</AppDomain><bt:Url DefaultValue="https://addins.example.dk/spu/functions.json" />'
    );
  });
});

describe("a production build with SPU_PUBLIC_URL", () => {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), "spu-build-"));
  afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

  test("https://addins.example.dk/spu: every URL in manifest.xml is under https://addins.example.dk/spu/, none left on localhost", () => {
    const out = path.join(temp, "hosted");
    const run = build("https://addins.example.dk/spu", out);
    expect(run.status).toBe(0);

    const manifest = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
    const values = descendants(parseXml(manifest)).flatMap((e) => [
      ...Object.entries(e.attributes)
        .filter(([name, value]) => !name.startsWith("xmlns") && /^[a-z]+:\/\//i.test(value))
        .map(([, value]) => value),
      ...(/^\s*[a-z]+:\/\//i.test(e.text) ? [e.text.trim()] : []),
    ]);
    expect(values.filter((u) => u !== "https://addins.example.dk")).toEqual(
      expect.arrayContaining([
        "https://addins.example.dk/spu/functions.js",
        "https://addins.example.dk/spu/functions.json",
        "https://addins.example.dk/spu/functions-da.json",
        "https://addins.example.dk/spu/taskpane.html",
      ])
    );
    expect(values.filter((u) => u !== "https://addins.example.dk" && !u.startsWith("https://addins.example.dk/spu/"))).toEqual([]);
    expect(manifest).toContain("<AppDomain>https://addins.example.dk</AppDomain>");

    const helpUrls = ["functions.json", "functions-da.json"].flatMap((file) =>
      (JSON.parse(fs.readFileSync(path.join(out, file), "utf8")).functions as { helpUrl?: string }[]).map((f) => f.helpUrl)
    );
    expect(helpUrls.length).toBeGreaterThan(0);
    expect(helpUrls.filter((u) => !u?.startsWith("https://addins.example.dk/spu/docs/"))).toEqual([]);

    const texts = ["manifest.xml", "functions.json", "functions-da.json", "taskpane.html", ...fs.readdirSync(path.join(out, "docs"), { recursive: true }).map((f) => `docs/${f}`).filter((f) => f.endsWith(".html") || f.endsWith(".css"))];
    expect(texts.filter((file) => fs.readFileSync(path.join(out, file), "utf8").includes("localhost"))).toEqual([]);
  }, 180000);

  test.each([
    ["http://addins.example.dk/spu", "SPU_PUBLIC_URL must start with https://"],
    ["addins.example.dk/spu", "SPU_PUBLIC_URL is not a URL"],
  ])("%j: the build fails with a message and writes nothing", (value, message) => {
    const out = path.join(temp, "refused");
    const run = build(value, out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(message);
    expect(fs.existsSync(out)).toBe(false);
  }, 60000);
});
