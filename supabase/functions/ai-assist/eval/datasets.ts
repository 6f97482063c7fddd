/** Where the evaluation datasets live: $AI_EVAL_DATASETS, else ../shared/datasets beside the repository. */

export function datasetsDir(): string {
    const fromEnv = Deno.env.get("AI_EVAL_DATASETS");
    if (fromEnv) return fromEnv.replace(/\/+$/u, "");
    // this file is <repo>/supabase/functions/ai-assist/eval/datasets.ts
    const repo = decodeURIComponent(new URL("../../../../", import.meta.url).pathname).replace(/\/+$/u, "");
    return `${repo}/../shared/datasets`;
}

export async function readDataset(relative: string): Promise<string> {
    const path = `${datasetsDir()}/${relative}`;
    try {
        return await Deno.readTextFile(path);
    } catch (e) {
        throw new Error(`cannot read ${path} (set AI_EVAL_DATASETS to the datasets folder): ${e}`);
    }
}
