/**
 * MathJax renders formulas as <mjx-container> custom elements and keeps the
 * accessible MathML inside; Readability drops the custom elements, formulas
 * and all. Browsers render MathML natively, so the container is replaced by
 * its MathML before extraction.
 */
export function unwrapMathJax(doc: Document): void {
  for (const container of Array.from(doc.querySelectorAll('mjx-container'))) {
    const math = container.querySelector('math');
    if (math) container.replaceWith(math);
  }
  // MathJax 2 keeps the source in <script type="math/tex">, with a rendered span before it: nothing readable to keep.
}
