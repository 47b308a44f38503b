/** WCAG 2 contrast ratio, for colours written as #rrggbb (theme table) or rgb(…) (computed styles). */

function channels(colour: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(colour);
  if (hex) return [hex[1]!, hex[2]!, hex[3]!].map((h) => Number.parseInt(h, 16)) as [number, number, number];
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/iu.exec(colour);
  if (rgb) return [rgb[1]!, rgb[2]!, rgb[3]!].map(Number) as [number, number, number];
  throw new Error(`not a #rrggbb or rgb() colour: ${colour}`);
}

function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
