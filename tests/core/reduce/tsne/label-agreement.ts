/** Share of each row's `k` nearest layout neighbours that carry its cluster label (row % clusters). */
export function labelAgreement(coords: Float32Array, dims: number, clusters: number, k = 10): number {
  const rows = coords.length / dims;
  let agree = 0;
  for (let i = 0; i < rows; i++) {
    const distances = Array.from({ length: rows }, (_, j) => {
      let sum = 0;
      for (let d = 0; d < dims; d++) sum += ((coords[i * dims + d] ?? 0) - (coords[j * dims + d] ?? 0)) ** 2;
      return { j, sum };
    });
    distances.sort((a, b) => a.sum - b.sum);
    for (const { j } of distances.slice(1, k + 1)) if (j % clusters === i % clusters) agree++;
  }
  return agree / (rows * k);
}
