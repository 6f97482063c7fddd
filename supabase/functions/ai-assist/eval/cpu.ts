/**
 * CPU time of this process (user + system, all threads) from /proc/self/stat, in seconds, so timings can
 * be read apart from wall time on a shared machine. Linux only; NaN elsewhere. Assumes USER_HZ = 100.
 */
export function cpuSeconds(): number {
    try {
        const stat = Deno.readTextFileSync("/proc/self/stat");
        // the command name (field 2) may contain spaces: fields after it start after the last ')'
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        // utime and stime are fields 14 and 15 of the whole line, i.e. 12 and 13 after the name
        return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
        return NaN;
    }
}
