/**
 * The base URL a production build is hosted at, from SPU_PUBLIC_URL: https, ending in "/".
 * Undefined when unset, so that the caller picks the fallback instead of a made-up host.
 */
function publicUrl(value) {
  if (value === undefined || value.trim() === "") return undefined;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SPU_PUBLIC_URL is not a URL: "${value}". Give the address dist/ is served from, e.g. https://addins.example.dk/spu/`);
  }
  // Office loads add-ins only over https.
  if (url.protocol !== "https:") throw new Error(`SPU_PUBLIC_URL must start with https:// (Office loads add-ins only over https): "${value}"`);
  // Every file name is appended to this URL, so a query, fragment or credentials would end up in each one.
  if (url.href !== url.origin + url.pathname) {
    throw new Error(`SPU_PUBLIC_URL must be a plain folder address, without ?query, #fragment or user:password: "${value}"`);
  }
  // Without the slash every file would be joined onto the last path segment (…/spufunctions.json).
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

module.exports = { publicUrl };
