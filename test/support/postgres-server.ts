import { execFileSync, spawnSync } from "child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { SqlRow } from "../../src/cli/sql/run-duckdb";

/** A PostgreSQL server of our own: a temporary data directory, reached on a Unix socket only. */
export interface PostgresServer {
  /** Runs a psql script; the rows of its last statement, which must be `SELECT row_to_json(...)`. */
  query(script: string): SqlRow[];
  stop(): void;
  version: string;
}

/** Debian's server binaries, newest major version first; null when none is installed. */
function binDir(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, "bin", "pg_ctl")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], "bin") : null;
}

/**
 * Starts PostgreSQL in a fresh temporary directory with no TCP port (a socket in that directory),
 * as the postgres user when the tests run as root (the server refuses to run as root). Null, with
 * the reason, where it cannot start; the caller skips with that note, except under CI=true.
 */
export function startPostgres(): { server: PostgresServer | null; reason: string } {
  const bin = binDir();
  if (bin === null) return { server: null, reason: "no PostgreSQL server in /usr/lib/postgresql" };
  const dir = mkdtempSync(join(tmpdir(), "tiersheet-pg-"));
  const data = join(dir, "data");
  const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const run = (program: string, args: string[]) => {
    const [cmd, argv] = asRoot
      ? ["runuser", ["-u", "postgres", "--", join(bin, program), ...args]]
      : [join(bin, program), args];
    return spawnSync(cmd, argv, { encoding: "utf8", timeout: 60_000 });
  };
  try {
    if (asRoot) {
      const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
      const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
      chownSync(dir, uid, gid);
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { server: null, reason: `no postgres user to run the server as (${String(error)})` };
  }
  const init = run("initdb", [
    "-D",
    data,
    "-U",
    "postgres",
    "-A",
    "trust",
    "-E",
    "UTF8",
    "--locale=C",
    "--no-sync",
  ]);
  const start =
    init.status === 0
      ? run("pg_ctl", [
          "-D",
          data,
          "-l",
          join(dir, "server.log"),
          "-w",
          "-o",
          `-k ${dir} -c listen_addresses='' -F`,
          "start",
        ])
      : init;
  if (start.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return {
      server: null,
      reason: `the server did not start: ${(start.stderr || start.stdout || String(start.error)).trim()}`,
    };
  }
  const psql = join(bin, "psql");
  const query = (script: string): SqlRow[] => {
    const file = join(dir, `script-${Date.now()}.sql`);
    writeFileSync(file, script);
    const out = spawnSync(
      psql,
      [
        "-h",
        dir,
        "-U",
        "postgres",
        "-d",
        "postgres",
        "-X",
        "-q",
        "-A",
        "-t",
        "-v",
        "ON_ERROR_STOP=1",
        "-f",
        file,
      ],
      { encoding: "utf8", maxBuffer: 1 << 30 }
    );
    if (out.status !== 0) throw new Error(`psql failed: ${out.stderr}`);
    return out.stdout
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as SqlRow);
  };
  const version = query("SELECT row_to_json(v) FROM (SELECT version() AS version) v")[0].version;
  return {
    server: {
      query,
      version: String(version),
      stop: () => {
        run("pg_ctl", ["-D", data, "-m", "immediate", "stop"]);
        rmSync(dir, { recursive: true, force: true });
      },
    },
    reason: "",
  };
}
