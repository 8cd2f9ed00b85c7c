/**
 * The known name a caller's text nearly spells, for "did you mean" in a message: the one
 * closest to it within `allowed` edits (Levenshtein), when no other is as close.
 */
export const nearestOf = (text: string, known: readonly string[], allowed: number): string | undefined => {
  let best: string | undefined;
  let bestDistance = allowed + 1;
  let tied = false;
  for (const name of known) {
    const distance = editDistance(text, name, allowed);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
      tied = false;
    } else if (distance === bestDistance) tied = true;
  }
  // Two names equally near: which was meant is not ours to guess.
  return bestDistance <= allowed && !tied ? best : undefined;
};

/** Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`. */
export const editDistance = (a: string, b: string, limit: number): number => {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
};
