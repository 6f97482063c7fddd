/** Minimal assertions (no std library is reachable offline here; node:assert would need @types/node). */

export class AssertionError extends Error {
    override name = "AssertionError";
}

export function ok(value: unknown, message = "expected a truthy value"): asserts value {
    if (!value) throw new AssertionError(message);
}

function same(a: unknown, b: unknown): boolean {
    if (Object.is(a, b)) return true;
    if (a instanceof Set && b instanceof Set) return a.size === b.size && [...a].every((x) => b.has(x));
    if (ArrayBuffer.isView(a) && ArrayBuffer.isView(b)) {
        return same(Array.from(a as unknown as ArrayLike<number>), Array.from(b as unknown as ArrayLike<number>));
    }
    if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
    if (a && b && typeof a === "object" && typeof b === "object") {
        const ka = Object.keys(a), kb = Object.keys(b);
        const ra = a as Record<string, unknown>, rb = b as Record<string, unknown>;
        return ka.length === kb.length && ka.every((k) => same(ra[k], rb[k]));
    }
    return false;
}

export function equal(actual: unknown, expected: unknown, message?: string): void {
    if (!Object.is(actual, expected)) {
        throw new AssertionError(
            `${message ? message + ": " : ""}${JSON.stringify(actual)} !== ${JSON.stringify(expected)}`,
        );
    }
}

export function deepEqual(actual: unknown, expected: unknown, message?: string): void {
    if (!same(actual, expected)) {
        throw new AssertionError(
            `${message ? message + ": " : ""}${JSON.stringify(actual)} not deep-equal to ${JSON.stringify(expected)}`,
        );
    }
}

export function throws(fn: () => unknown, pattern: RegExp): void {
    try {
        fn();
    } catch (e) {
        if (!pattern.test(String(e instanceof Error ? e.message : e))) {
            throw new AssertionError(`threw "${e}", expected ${pattern}`);
        }
        return;
    }
    throw new AssertionError(`expected a throw matching ${pattern}`);
}

export function near(actual: number, expected: number, tolerance = 1e-9, message?: string): void {
    if (!(Math.abs(actual - expected) <= tolerance)) {
        throw new AssertionError(`${message ? message + ": " : ""}${actual} is not within ${tolerance} of ${expected}`);
    }
}
