/** A text's `{name}` placeholders filled in: the one templating the pane and the functions share. */
export function fill(template: string, value: (name: string) => string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => value(name));
}
