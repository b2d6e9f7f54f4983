/**
 * Logistic regression by Newton's method (iteratively reweighted least squares) with a small ridge penalty:
 * a handful of features, a few thousand rows, a closed step each round.
 */
export interface Fitted {
  bias: number;
  weights: number[];
}

/** Solves A x = b for a small dense system (Gaussian elimination with partial pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / p;
      if (f !== 0) for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}

/**
 * Fits P(y = 1 | x) = σ(bias + w·x). The features are standardized first, so that the ridge penalty (on the
 * weights, not the bias) treats a signal that lives between 0 and 0.1 like one between 0 and 1.
 */
export function fitLogistic(rows: number[][], labels: boolean[], ridge = 1, rounds = 30): Fitted {
  const d = rows[0]?.length ?? 0;
  const mean = Array.from(
    { length: d },
    (_, j) => rows.reduce((s, r) => s + r[j]!, 0) / Math.max(1, rows.length),
  );
  const spread = Array.from({ length: d }, (_, j) => {
    const variance = rows.reduce((s, r) => s + (r[j]! - mean[j]!) ** 2, 0) / Math.max(1, rows.length);
    return Math.sqrt(variance) || 1;
  });
  const scaled = fitScaled(
    rows.map((r) => r.map((v, j) => (v - mean[j]!) / spread[j]!)),
    labels,
    ridge,
    rounds,
  );
  // Back to the raw features: w_j / s_j, and the bias absorbs the means.
  const weights = scaled.weights.map((w, j) => w / spread[j]!);
  const bias = scaled.bias - weights.reduce((s, w, j) => s + w * mean[j]!, 0);
  return { bias, weights };
}

function fitScaled(rows: number[][], labels: boolean[], ridge: number, rounds: number): Fitted {
  const d = (rows[0]?.length ?? 0) + 1;
  let beta = new Array<number>(d).fill(0);
  for (let round = 0; round < rounds; round++) {
    const hessian = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    const gradient = new Array<number>(d).fill(0);
    rows.forEach((row, i) => {
      const x = [1, ...row];
      const z = x.reduce((s, v, j) => s + v * beta[j]!, 0);
      const p = 1 / (1 + Math.exp(-z));
      const w = Math.max(p * (1 - p), 1e-9);
      const r = (labels[i] ? 1 : 0) - p;
      for (let j = 0; j < d; j++) {
        gradient[j]! += x[j]! * r;
        for (let k = 0; k < d; k++) hessian[j]![k]! += w * x[j]! * x[k]!;
      }
    });
    for (let j = 1; j < d; j++) {
      gradient[j]! -= ridge * beta[j]!;
      hessian[j]![j]! += ridge;
    }
    const step = solve(hessian, gradient);
    beta = beta.map((b, j) => b + step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-7) break;
  }
  return { bias: beta[0]!, weights: beta.slice(1) };
}
