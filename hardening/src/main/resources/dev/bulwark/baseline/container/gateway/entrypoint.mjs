// bulwark gateway image entrypoint (shipped by bulwark; `bulwark image-context` writes it).
//
// The Lightsail container environment is plaintext in the Lightsail API, so it carries no secret: only names,
// the rendered openclaw.json and one read-only IAM access key (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY) that may
// read exactly this deployment's secrets. At start this script
//   1. refuses an image whose OpenClaw is not BULWARK_AGENT_VERSION,
//   2. writes BULWARK_OPENCLAW_CONFIG_B64 to $HOME/.openclaw/openclaw.json (0600),
//   3. reads the gateway token (BULWARK_GATEWAY_TOKEN_SECRET) and each provider key (BULWARK_PROVIDER_SECRETS,
//      "ENV=secret-name,...") from Secrets Manager in BULWARK_SECRETS_REGION,
//   4. runs `openclaw gateway run --bind lan --port BULWARK_GATEWAY_PORT --auth token` with the token and keys in
//      the gateway's environment only, and without any AWS_* variable, so the gateway never holds the reader key,
//   5. forwards SIGTERM and SIGINT to it and exits with its status.
// It never prints a secret value; failures name the secret, never its content.
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { GetSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";

const PREFIX = "bulwark-entrypoint:";
/** Exit status for a configuration problem (environment, image version). */
const EXIT_CONFIG = 2;
/** Exit status when a secret could not be read. */
const EXIT_SECRET = 3;
const DEFAULT_OPENCLAW_ENTRY = "/opt/openclaw/node_modules/openclaw/openclaw.mjs";
/** Variables a provider key may never be delivered as: they would change how the gateway or Node runs. */
const RESERVED_ENV = /^(AWS_|BULWARK_|OPENCLAW_|CLAWDBOT_|NODE_|NPM_|LD_|DYLD_)|^(PATH|HOME|USER|SHELL|TMPDIR)$/;

class StartupError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

function say(message) {
  process.stderr.write(`${PREFIX} ${message}\n`);
}

function required(name) {
  const value = process.env[name];
  if (value === undefined || value.trim() === "") {
    throw new StartupError(`${name} is not set; the deployment (bulwark's container stack) sets it`, EXIT_CONFIG);
  }
  return value.trim();
}

function providerSecrets(spec) {
  const pairs = [];
  for (const item of spec.split(",").map((s) => s.trim()).filter((s) => s !== "")) {
    const eq = item.indexOf("=");
    const env = eq > 0 ? item.slice(0, eq) : "";
    const secretId = eq > 0 ? item.slice(eq + 1) : "";
    if (!/^[A-Z_][A-Z0-9_]*$/.test(env) || secretId === "") {
      throw new StartupError(`BULWARK_PROVIDER_SECRETS entry "${item}" is not ENV_NAME=secret-name`, EXIT_CONFIG);
    }
    if (RESERVED_ENV.test(env)) {
      throw new StartupError(`BULWARK_PROVIDER_SECRETS may not set ${env}; name the provider's own variable`
        + " (e.g. ANTHROPIC_API_KEY)", EXIT_CONFIG);
    }
    pairs.push({ env, secretId });
  }
  return pairs;
}

/** Environment for helper processes and the gateway: everything but the reader key and bulwark's own settings. */
function childBaseEnv() {
  const env = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.startsWith("AWS_") && !name.startsWith("BULWARK_")) {
      env[name] = value;
    }
  }
  return env;
}

function checkVersion(entry, expected) {
  let output;
  try {
    output = execFileSync(process.execPath, [entry, "--version"], {
      env: childBaseEnv(), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 60_000,
    });
  } catch (e) {
    throw new StartupError(`could not run ${entry} --version (${e.code ?? e.status ?? "failed"});`
      + " the image is broken: rebuild it from bulwark's image context", EXIT_CONFIG);
  }
  const found = /(\d{4}\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)/.exec(output);
  const actual = found ? found[1] : "(none)";
  if (actual !== expected) {
    throw new StartupError(`the image carries OpenClaw ${actual} but the blueprint's agent.version is ${expected}`
      + ` (BULWARK_AGENT_VERSION); rebuild the image with --build-arg OPENCLAW_VERSION=${expected}, push it and`
      + " put its digest in container.gatewayImage, or change agent.version", EXIT_CONFIG);
  }
}

function writeConfig(base64) {
  const text = Buffer.from(base64, "base64").toString("utf8");
  try {
    JSON.parse(text);
  } catch {
    throw new StartupError("BULWARK_OPENCLAW_CONFIG_B64 is not base64 of a JSON document; redeploy with bulwark",
      EXIT_CONFIG);
  }
  const dir = join(homedir(), ".openclaw");
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const file = join(dir, "openclaw.json");
  writeFileSync(file, text, { mode: 0o600 });
  chmodSync(file, 0o600);
  return file;
}

async function readSecret(client, region, secretId) {
  let answer;
  try {
    answer = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
  } catch (e) {
    // The error's name and status only: a service message is not ours to vouch for.
    const status = e?.$metadata?.httpStatusCode ? `, HTTP ${e.$metadata.httpStatusCode}` : "";
    throw new StartupError(`could not read secret "${secretId}" from Secrets Manager in ${region}`
      + ` (${e?.name ?? "error"}${status}); check that it exists and that the gateway's reader key may read it`
      + " (bulwark status names the key)", EXIT_SECRET);
  }
  const value = answer.SecretString;
  if (typeof value !== "string" || value.trim() === "") {
    throw new StartupError(`secret "${secretId}" has no string value; store the value as plain text`, EXIT_SECRET);
  }
  return value.trim();
}

/** The stack's placeholder: a JSON object with the field bulwarkPlaceholder (a provider key never starts with "{"). */
function isPlaceholder(value) {
  if (!value.startsWith("{")) {
    return false;
  }
  try {
    return Object.hasOwn(JSON.parse(value), "bulwarkPlaceholder");
  } catch {
    return false;
  }
}

function runGateway(entry, port, extraEnv) {
  const env = { ...childBaseEnv(), ...extraEnv, OPENCLAW_DISABLE_BONJOUR: "1" };
  const child = spawn(process.execPath,
    [entry, "gateway", "run", "--bind", "lan", "--port", port, "--auth", "token"],
    { env, stdio: "inherit" });
  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.on(signal, () => child.kill(signal));
  }
  child.on("error", (e) => {
    say(`could not start the gateway: ${e.code ?? e.name}`);
    process.exit(1);
  });
  child.on("exit", (code, signal) => {
    if (signal) {
      say(`gateway stopped by ${signal}`);
    }
    process.exit(code ?? 128 + (signalNumber(signal) ?? 0));
  });
}

function signalNumber(signal) {
  return { SIGINT: 2, SIGKILL: 9, SIGTERM: 15 }[signal];
}

async function main() {
  const version = required("BULWARK_AGENT_VERSION");
  const port = required("BULWARK_GATEWAY_PORT");
  if (!/^[0-9]{1,5}$/.test(port)) {
    throw new StartupError(`BULWARK_GATEWAY_PORT "${port}" is not a port number`, EXIT_CONFIG);
  }
  const config = required("BULWARK_OPENCLAW_CONFIG_B64");
  const region = required("BULWARK_SECRETS_REGION");
  const tokenSecret = required("BULWARK_GATEWAY_TOKEN_SECRET");
  const providers = providerSecrets(process.env.BULWARK_PROVIDER_SECRETS ?? "");
  const entry = process.env.BULWARK_OPENCLAW_ENTRY || DEFAULT_OPENCLAW_ENTRY;

  checkVersion(entry, version);
  writeConfig(config);

  const client = new SecretsManagerClient({ region, maxAttempts: 3 });
  const secretEnv = { OPENCLAW_GATEWAY_TOKEN: await readSecret(client, region, tokenSecret) };
  const delivered = [];
  for (const { env, secretId } of providers) {
    const value = await readSecret(client, region, secretId);
    if (isPlaceholder(value)) {
      // The stack creates provider secrets holding a placeholder; bulwark deploy stores the key and then restarts
      // the containers, so the first start of a new deployment goes on without it.
      say(`provider key ${env}: secret "${secretId}" still holds bulwark's placeholder; starting without it`
        + " (bulwark deploy --secrets-from stores it and restarts the gateway)");
      continue;
    }
    secretEnv[env] = value;
    delivered.push(env);
  }
  client.destroy();
  say(`starting OpenClaw ${version} on port ${port} with ${delivered.length} provider key(s)`
    + ` (${delivered.join(", ") || "none"})`);
  runGateway(entry, port, secretEnv);
}

main().catch((e) => {
  if (e instanceof StartupError) {
    say(e.message);
    process.exit(e.status);
  }
  // Unexpected: the name only, a stack could carry anything.
  say(`failed unexpectedly (${e?.name ?? "error"}); the gateway was not started`);
  process.exit(1);
});
