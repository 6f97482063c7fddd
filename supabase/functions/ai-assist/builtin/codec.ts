/** Compact JSON-safe encodings of typed arrays (base64 of little-endian bytes). */

function bytesToBase64(bytes: Uint8Array): string {
    let s = "";
    const chunk = 0x8000;
    for (let i = 0; i < bytes.length; i += chunk) {
        s += String.fromCharCode(...bytes.subarray(i, i + chunk));
    }
    return btoa(s);
}

function base64ToBytes(text: string): Uint8Array {
    const s = atob(text);
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
}

export function encodeFloat32(a: Float32Array): string {
    return bytesToBase64(new Uint8Array(a.buffer.slice(a.byteOffset, a.byteOffset + a.byteLength)));
}

export function decodeFloat32(text: string): Float32Array {
    const b = base64ToBytes(text);
    return new Float32Array(b.buffer, b.byteOffset, b.byteLength / 4);
}

export function encodeInt8(a: Int8Array): string {
    return bytesToBase64(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
}

export function decodeInt8(text: string): Int8Array {
    const b = base64ToBytes(text);
    return new Int8Array(b.buffer, b.byteOffset, b.byteLength);
}

/** Unsigned LEB128 varints: small non-negative integers (e.g. index gaps) in one byte each. */
export function encodeVarints(values: ArrayLike<number>): string {
    const bytes: number[] = [];
    for (let i = 0; i < values.length; i++) {
        let v = values[i];
        if (v < 0 || !Number.isInteger(v)) throw new RangeError(`varint needs a non-negative integer, got ${v}`);
        while (v >= 0x80) {
            bytes.push((v & 0x7f) | 0x80);
            v = Math.floor(v / 128);
        }
        bytes.push(v);
    }
    return bytesToBase64(Uint8Array.from(bytes));
}

export function decodeVarints(text: string): number[] {
    const bytes = base64ToBytes(text);
    const out: number[] = [];
    let v = 0, mul = 1;
    for (const b of bytes) {
        v += (b & 0x7f) * mul;
        if (b & 0x80) {
            mul *= 128;
        } else {
            out.push(v);
            v = 0;
            mul = 1;
        }
    }
    return out;
}
