/** Sparse vectors (sorted indices) and a compressed-sparse-row matrix of them. */

export interface SparseVector {
    readonly indices: Int32Array;
    readonly values: Float32Array;
}

export interface CsrMatrix {
    readonly rows: number;
    readonly cols: number;
    readonly indptr: Int32Array;
    readonly indices: Int32Array;
    readonly values: Float32Array;
}

/** Builds a sparse vector from a feature-index to value map, sorted by index. */
export function fromMap(map: Map<number, number>): SparseVector {
    const keys = Array.from(map.keys()).sort((a, b) => a - b);
    const indices = new Int32Array(keys.length);
    const values = new Float32Array(keys.length);
    keys.forEach((k, i) => {
        indices[i] = k;
        values[i] = map.get(k) ?? 0;
    });
    return { indices, values };
}

export function norm(v: SparseVector): number {
    let s = 0;
    for (let i = 0; i < v.values.length; i++) s += v.values[i] * v.values[i];
    return Math.sqrt(s);
}

/** Dot product of two sparse vectors with sorted indices. */
export function dot(a: SparseVector, b: SparseVector): number {
    let i = 0, j = 0, s = 0;
    while (i < a.indices.length && j < b.indices.length) {
        const ai = a.indices[i], bj = b.indices[j];
        if (ai === bj) {
            s += a.values[i++] * b.values[j++];
        } else if (ai < bj) i++;
        else j++;
    }
    return s;
}

export function cosine(a: SparseVector, b: SparseVector): number {
    const n = norm(a) * norm(b);
    return n === 0 ? 0 : dot(a, b) / n;
}

/** Stacks sparse vectors into a CSR matrix with `cols` columns. */
export function toCsr(vectors: readonly SparseVector[], cols: number): CsrMatrix {
    const indptr = new Int32Array(vectors.length + 1);
    let nnz = 0;
    vectors.forEach((v, r) => {
        nnz += v.indices.length;
        indptr[r + 1] = nnz;
    });
    const indices = new Int32Array(nnz);
    const values = new Float32Array(nnz);
    vectors.forEach((v, r) => {
        indices.set(v.indices, indptr[r]);
        values.set(v.values, indptr[r]);
    });
    return { rows: vectors.length, cols, indptr, indices, values };
}

/** Row `r` of a CSR matrix as a view (no copy). */
export function row(m: CsrMatrix, r: number): SparseVector {
    return {
        indices: m.indices.subarray(m.indptr[r], m.indptr[r + 1]),
        values: m.values.subarray(m.indptr[r], m.indptr[r + 1]),
    };
}

/** The rows of `m` listed in `which`, as a new CSR matrix. */
export function selectRows(m: CsrMatrix, which: ArrayLike<number>): CsrMatrix {
    const vectors: SparseVector[] = [];
    for (let i = 0; i < which.length; i++) vectors.push(row(m, which[i]));
    return toCsr(vectors, m.cols);
}
