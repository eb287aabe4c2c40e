/** A piece of text that overlaps another or reaches outside the bounds. */
export interface TextProblem {
  problem: 'overlap' | 'clipped';
  texts: string[];
}

/**
 * Runs in the page (pass it to page.evaluate): every visible piece of text under the element
 * matching `selector` as a box on screen (an SVG <text> as its turned rectangle, an HTML text
 * node as its lines), then the pairs whose boxes overlap by more than a pixel and the boxes
 * reaching outside the element's own box. Texts inside tooltips and <title>s are not drawn, so
 * not counted. Self-contained, as page.evaluate sends its source.
 */
export function findTextProblems(selector: string): TextProblem[] {
  type Point = { x: number; y: number };
  type Piece = { text: string; corners: Point[] };
  const root = document.querySelector(selector);
  if (root === null) return [{ problem: 'clipped', texts: [`nothing matches ${selector}`] }];
  const pieces: Piece[] = [];
  const hidden = (element: Element) =>
    element.closest('title, .chart-tooltip, .recharts-tooltip-wrapper, [hidden]') !== null ||
    getComputedStyle(element).visibility === 'hidden';

  for (const text of root.querySelectorAll('svg text')) {
    if (!(text instanceof SVGTextElement) || hidden(text)) continue;
    const label = (text.textContent ?? '').trim();
    if (label === '' || text.getNumberOfChars() === 0) continue;
    const box = text.getBBox();
    const matrix = text.getScreenCTM();
    if (matrix === null || box.width === 0) continue;
    // The glyphs' ink sits inside the line box: half a pixel off each side keeps touching lines apart.
    const inset = Math.min(1, box.height / 4);
    const corners = [
      [box.x, box.y + inset],
      [box.x + box.width, box.y + inset],
      [box.x + box.width, box.y + box.height - inset],
      [box.x, box.y + box.height - inset],
    ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(matrix));
    pieces.push({ text: label, corners: corners.map(({ x, y }) => ({ x, y })) });
  }

  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const parent = node.parentElement;
    const label = (node.textContent ?? '').trim();
    if (parent === null || label === '' || parent.closest('svg') !== null || hidden(parent)) continue;
    if (parent.closest('input, select, textarea, option') !== null) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const line of range.getClientRects()) {
      if (line.width === 0 || line.height === 0) continue;
      const inset = Math.min(1, line.height / 4);
      pieces.push({
        text: label,
        corners: [
          { x: line.left, y: line.top + inset },
          { x: line.right, y: line.top + inset },
          { x: line.right, y: line.bottom - inset },
          { x: line.left, y: line.bottom - inset },
        ],
      });
    }
  }

  /** Separating axis test of two convex quadrilaterals, allowing a pixel of touching. */
  const overlaps = (a: Point[], b: Point[]) => {
    for (const shape of [a, b]) {
      for (let i = 0; i < 4; i++) {
        const p = shape[i]!;
        const q = shape[(i + 1) % 4]!;
        const length = Math.hypot(q.x - p.x, q.y - p.y);
        if (length === 0) continue;
        const axis = { x: (p.y - q.y) / length, y: (q.x - p.x) / length };
        const project = (points: Point[]) => points.map((point) => point.x * axis.x + point.y * axis.y);
        const first = project(a);
        const second = project(b);
        if (Math.max(...first) - 1 <= Math.min(...second) || Math.max(...second) - 1 <= Math.min(...first))
          return false;
      }
    }
    return true;
  };

  const problems: TextProblem[] = [];
  const bounds = root.getBoundingClientRect();
  const view = { right: document.documentElement.clientWidth, bottom: document.documentElement.clientHeight };
  const limit = {
    left: Math.max(0, bounds.left),
    top: Math.max(0, bounds.top),
    right: Math.min(view.right, bounds.right),
    bottom: Math.min(view.bottom, bounds.bottom),
  };
  for (const piece of pieces) {
    const xs = piece.corners.map((corner) => corner.x);
    const ys = piece.corners.map((corner) => corner.y);
    if (
      Math.min(...xs) < limit.left - 1 ||
      Math.min(...ys) < limit.top - 1 ||
      Math.max(...xs) > limit.right + 1 ||
      Math.max(...ys) > limit.bottom + 1
    )
      problems.push({ problem: 'clipped', texts: [piece.text] });
  }
  for (let i = 0; i < pieces.length; i++) {
    for (let j = i + 1; j < pieces.length; j++) {
      if (overlaps(pieces[i]!.corners, pieces[j]!.corners))
        problems.push({ problem: 'overlap', texts: [pieces[i]!.text, pieces[j]!.text] });
    }
  }
  return problems;
}
