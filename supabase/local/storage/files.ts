// Object bytes on disk: <stateDir>/storage/<bucket>/<version>. Every write gets a new version (a UUID,
// stored in storage.objects.version), so paths never depend on the object name and a replaced object's
// bytes are removed only after the database row points at the new version. New bytes go to a temp
// file first and are moved into place by `place()` at the end of the database transaction; if the
// transaction fails the caller discards them, leaving no orphan.

export interface StagedFile {
    tempPath: string;
    size: number;
    eTag: string;
}

export class FileStore {
    readonly root: string;

    constructor(stateDir: string) {
        this.root = `${stateDir}/storage`;
    }

    #bucketDir(bucket: string): string {
        return `${this.root}/${encodeURIComponent(bucket)}`;
    }

    pathOf(bucket: string, version: string): string {
        if (!/^[A-Za-z0-9-]+$/.test(version)) throw new Error(`bad object version ${version}`);
        return `${this.#bucketDir(bucket)}/${version}`;
    }

    async stage(bytes: Uint8Array): Promise<StagedFile> {
        const dir = `${this.root}/.tmp`;
        await Deno.mkdir(dir, { recursive: true });
        const tempPath = `${dir}/${crypto.randomUUID()}`;
        await Deno.writeFile(tempPath, bytes);
        // Storage's ETag is the backend's MD5; WebCrypto has no MD5, so this is the first 128 bits of SHA-256
        // (same shape, equally stable for identical bytes).
        const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
        const hex = Array.from(digest.subarray(0, 16), (byte) => byte.toString(16).padStart(2, "0")).join("");
        const eTag = `"${hex}"`;
        return { tempPath, size: bytes.length, eTag };
    }

    async place(staged: StagedFile, bucket: string, version: string): Promise<void> {
        await Deno.mkdir(this.#bucketDir(bucket), { recursive: true });
        await Deno.rename(staged.tempPath, this.pathOf(bucket, version));
    }

    async discard(path: string): Promise<void> {
        try {
            await Deno.remove(path);
        } catch (error) {
            if (!(error instanceof Deno.errors.NotFound)) throw error;
        }
    }

    async remove(bucket: string, version: string | null): Promise<void> {
        if (version) await this.discard(this.pathOf(bucket, version));
    }

    async copy(bucket: string, version: string, toBucket: string, toVersion: string): Promise<void> {
        await Deno.mkdir(this.#bucketDir(toBucket), { recursive: true });
        await Deno.copyFile(this.pathOf(bucket, version), this.pathOf(toBucket, toVersion));
    }

    /** Opens the bytes, or null when the file is missing. */
    async open(bucket: string, version: string): Promise<{ file: Deno.FsFile; size: number } | null> {
        try {
            const file = await Deno.open(this.pathOf(bucket, version), { read: true });
            const info = await file.stat();
            return { file, size: info.size };
        } catch (error) {
            if (error instanceof Deno.errors.NotFound) return null;
            throw error;
        }
    }
}
