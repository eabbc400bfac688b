/**
 * Just enough namespace-aware XML reading for the add-in manifest (elements, attributes,
 * text; no DTDs or CDATA), so the manifest tests need no parser package.
 */
export interface XmlElement {
  /** As written, with its prefix: `bt:Url`. */
  qname: string;
  local: string;
  namespace: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  parent?: XmlElement;
}

const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/g;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*"([^"]*)"/g;

function unescape(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

function namespaces(element: XmlElement | undefined): Record<string, string> {
  const found: Record<string, string> = {};
  for (let e = element; e; e = e.parent) {
    for (const [name, value] of Object.entries(e.attributes)) {
      const prefix = name === "xmlns" ? "" : name.startsWith("xmlns:") ? name.slice(6) : undefined;
      if (prefix !== undefined && !(prefix in found)) found[prefix] = value;
    }
  }
  return found;
}

export function parseXml(source: string): XmlElement {
  const root: XmlElement = { qname: "#document", local: "#document", namespace: "", attributes: {}, children: [], text: "" };
  let current = root;
  for (const [, closing, qname, attrs, selfClosing, text] of source.matchAll(TOKEN)) {
    if (text !== undefined) {
      current.text += unescape(text);
    } else if (qname === undefined) {
      continue; // comment or declaration
    } else if (closing) {
      if (current.qname !== qname) throw new Error(`</${qname}> closes <${current.qname}>`);
      current = current.parent as XmlElement;
    } else {
      const attributes: Record<string, string> = {};
      for (const [, name, value] of (attrs ?? "").matchAll(ATTRIBUTE)) attributes[name] = unescape(value);
      const element: XmlElement = { qname, local: qname.replace(/^.*:/, ""), namespace: "", attributes, children: [], text: "", parent: current };
      const prefix = qname.includes(":") ? qname.split(":")[0] : "";
      const ns = namespaces(element)[prefix];
      if (ns === undefined && prefix) throw new Error(`unbound prefix in <${qname}>`);
      element.namespace = ns ?? "";
      current.children.push(element);
      if (!selfClosing) current = element;
    }
  }
  if (current !== root) throw new Error(`<${current.qname}> is not closed`);
  return root;
}

/** Every element below `from` (depth first). */
export function descendants(from: XmlElement): XmlElement[] {
  return from.children.flatMap((c) => [c, ...descendants(c)]);
}

/** Elements reached by a path of local names, each step a child: "VersionOverrides/Hosts/Host". */
export function select(from: XmlElement, path: string): XmlElement[] {
  return path.split("/").reduce<XmlElement[]>((found, step) => found.flatMap((e) => e.children.filter((c) => c.local === step)), [from]);
}
