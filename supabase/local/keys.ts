// Prints the API keys as shell export lines (used by `scripts/local-stack env`).
import { DEFAULT_JWT_SECRET } from "./config.ts";
import { apiKeys } from "./jwt.ts";

const secret = Deno.env.get("SUPABASE_JWT_SECRET") ?? DEFAULT_JWT_SECRET;
const keys = await apiKeys(secret);
console.log(`export SUPABASE_ANON_KEY=${keys.anon}`);
console.log(`export SUPABASE_SERVICE_ROLE_KEY=${keys.serviceRole}`);
console.log(`export SUPABASE_JWT_SECRET=${secret}`);
