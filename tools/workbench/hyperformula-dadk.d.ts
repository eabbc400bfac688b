/** HyperFormula's Danish dictionary: its typings resolve only under moduleResolution node16 or bundler. */
declare module "hyperformula/commonjs/i18n/languages/daDK" {
  const dictionary: { functions: Record<string, string> };
  export default dictionary;
}
