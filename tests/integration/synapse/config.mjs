// Builds the homeserver.yaml (written as JSON, which YAML reads as is) and the logging config for
// one throw-away Synapse: loopback only, client API only, in-memory SQLite, no federation.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { join } from "node:path";

/** Large enough that no test or demo ever meets the limit. */
const unlimited = { per_second: 100_000, burst_count: 1_000_000 };

/**
 * Every `rc_*` rate limiter Synapse 1.163 reads (synapse/config/ratelimiting.py), relaxed.
 * A limiter missing here keeps its default, so the list is exhaustive on purpose.
 */
export const relaxedRateLimits = {
  rc_message: unlimited,
  rc_registration: unlimited,
  rc_registration_token_validity: unlimited,
  rc_login: { address: unlimited, account: unlimited, failed_attempts: unlimited },
  rc_admin_redaction: unlimited,
  rc_joins: { local: unlimited, remote: unlimited },
  rc_joins_per_room: unlimited,
  rc_key_requests: unlimited,
  rc_3pid_validation: unlimited,
  rc_invites: { per_room: unlimited, per_user: unlimited, per_issuer: unlimited },
  rc_third_party_invite: unlimited,
  rc_media_create: unlimited,
  rc_presence: { per_user: unlimited },
  rc_delayed_event_mgmt: unlimited,
  rc_room_creation: unlimited,
  rc_reports: unlimited,
  rc_user_directory: unlimited,
  rc_profile: unlimited,
};

/**
 * A Synapse signing key file line (`ed25519 <version> <unpadded base64 seed>`), generated here so
 * startup does not pay for a separate `--generate-keys` Python run.
 */
export function generateSigningKey() {
  const { privateKey } = generateKeyPairSync("ed25519");
  // PKCS#8 DER of an Ed25519 key ends with the 32-byte seed, which is what Synapse stores.
  const seed = privateKey.export({ format: "der", type: "pkcs8" }).subarray(-32);
  const version = `a_${randomBytes(3).toString("base64url").slice(0, 4)}`;
  return `ed25519 ${version} ${seed.toString("base64").replace(/=+$/, "")}\n`;
}

/**
 * The homeserver config object.
 * @param {{ directory: string, port: number, serverName: string, sharedSecret: string,
 *   rateLimits: "relaxed" | "default" }} options
 */
export function buildHomeserverConfig({ directory, port, serverName, sharedSecret, rateLimits }) {
  return {
    server_name: serverName,
    public_baseurl: `http://127.0.0.1:${port}/`,
    pid_file: join(directory, "homeserver.pid"),
    listeners: [
      {
        port,
        bind_addresses: ["127.0.0.1"],
        type: "http",
        tls: false,
        x_forwarded: false,
        // `client` also serves /_synapse/admin (shared-secret registration); /health is always on.
        resources: [{ names: ["client"], compress: false }],
      },
    ],
    // Synapse pins SQLite to a single connection, so one in-memory database lives for the run.
    database: { name: "sqlite3", args: { database: ":memory:" } },
    log_config: join(directory, "log.config.yaml"),
    media_store_path: join(directory, "media"),
    signing_key_path: join(directory, "signing.key"),
    registration_shared_secret: sharedSecret,
    enable_registration: false,
    macaroon_secret_key: randomBytes(32).toString("hex"),
    form_secret: randomBytes(32).toString("hex"),
    report_stats: false,
    trusted_key_servers: [],
    suppress_key_server_warning: true,
    federation_domain_whitelist: [],
    url_preview_enabled: false,
    // Cheap password hashes: registering a few hundred users must not take minutes.
    bcrypt_rounds: 4,
    // Synapse replays an identical /sync (same user, device, since token, filter) from a
    // 2-minute cache: a second initial sync after a re-invite would show the old invite.
    caches: { sync_response_cache_duration: 0 },
    experimental_features: {
      // `m.invite_permission_config` (MSC4380) is stable in 1.163; this also honours the older
      // MSC4155 account-data type, as matrix.org does.
      msc4155_enabled: true,
    },
    ...(rateLimits === "relaxed" ? relaxedRateLimits : {}),
  };
}

/** Python logging config: WARNING and above into `homeserver.log` in the temp dir. */
export function buildLogConfig(directory) {
  return {
    version: 1,
    formatters: { precise: { format: "%(asctime)s - %(name)s - %(lineno)d - %(levelname)s - %(message)s" } },
    handlers: {
      file: {
        class: "logging.FileHandler",
        formatter: "precise",
        filename: join(directory, "homeserver.log"),
        encoding: "utf8",
      },
    },
    root: { level: "WARNING", handlers: ["file"] },
    disable_existing_loggers: false,
  };
}
