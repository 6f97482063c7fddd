/** The function's settings, read once from the environment (the LLM key stays on the server). */

export interface OpenAiSettings {
    /** e.g. https://api.openai.com/v1, http://127.0.0.1:11434/v1 (Ollama), an Azure or vLLM endpoint. */
    baseUrl: string;
    apiKey: string;
    model: string;
    timeoutMs: number;
}

export interface AiConfig {
    supabaseUrl: string;
    anonKey: string;
    serviceRoleKey: string;
    /** The configured provider; builtin is the default and the fallback. */
    provider: "builtin" | "openai";
    openai: OpenAiSettings | null;
}

export function configFromEnv(env: (name: string) => string | undefined = (n) => Deno.env.get(n)): AiConfig {
    const required = (name: string): string => {
        const value = env(name);
        if (!value) throw new Error(`ai-assist: ${name} is not set`);
        return value;
    };
    const wanted = (env("AI_PROVIDER") ?? "builtin").trim().toLowerCase();
    if (wanted !== "builtin" && wanted !== "openai") throw new Error(`ai-assist: unknown AI_PROVIDER ${wanted}`);
    const timeout = Number(env("AI_OPENAI_TIMEOUT_MS") ?? "15000");
    const openai = wanted === "openai"
        ? {
            baseUrl: (env("AI_OPENAI_BASE_URL") ?? "https://api.openai.com/v1").replace(/\/+$/, ""),
            apiKey: env("AI_OPENAI_API_KEY") ?? "",
            model: env("AI_OPENAI_MODEL") ?? "gpt-4o-mini",
            timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : 15000,
        }
        : null;
    return {
        supabaseUrl: required("SUPABASE_URL"),
        anonKey: required("SUPABASE_ANON_KEY"),
        serviceRoleKey: required("SUPABASE_SERVICE_ROLE_KEY"),
        provider: wanted,
        openai,
    };
}
