#!{{nodeBinary}}
// bulwark install policy, rendered from agent.skills; the digest is defined in docs/hardening.md.
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const ALLOWED = {{allowlist}};
const MAX_INPUT = 1048576;

function answer(decision, reason) {
  const out = { protocolVersion: 1, decision };
  if (reason) out.reason = String(reason).slice(0, 1000);
  process.stdout.write(JSON.stringify(out) + "\n");
}

function sha256(data) {
  return crypto.createHash("sha256").update(data).digest("hex");
}

function files(root, dir, out) {
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir ? dir + "/" + entry.name : entry.name;
    if (entry.isDirectory()) files(root, rel, out);
    else if (entry.isFile()) out.push(rel);
    else throw new Error("the skill contains " + rel + ", which is neither a file nor a directory");
  }
  return out;
}

function digest(sourcePath) {
  const stat = fs.lstatSync(sourcePath);
  if (stat.isFile()) return sha256(fs.readFileSync(sourcePath));
  if (!stat.isDirectory()) throw new Error("the staged source is neither a file nor a directory");
  const paths = files(sourcePath, "", []).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const hash = crypto.createHash("sha256");
  for (const rel of paths) hash.update(rel + "\0" + sha256(fs.readFileSync(path.join(sourcePath, rel))) + "\n");
  return hash.digest("hex");
}

function decide(text) {
  let request;
  try {
    request = JSON.parse(text);
  } catch (e) {
    return answer("block", "the install request is not JSON");
  }
  if (!request || typeof request !== "object" || request.protocolVersion !== 1) {
    return answer("block", "unsupported install request (expected protocolVersion 1)");
  }
  if (request.targetType === "plugin") {
    return answer("block", "plugin installs are not allowed on this host (bulwark)");
  }
  const name = request.targetName;
  if (request.targetType !== "skill" || typeof name !== "string") {
    return answer("block", "unknown install target; only listed skills may be installed");
  }
  if (!Object.prototype.hasOwnProperty.call(ALLOWED, name)) {
    return answer("block", "skill " + name + " is not in the blueprint's agent.skills allowlist");
  }
  if (typeof request.sourcePath !== "string" || !path.isAbsolute(request.sourcePath)) {
    return answer("block", "the install request has no absolute sourcePath to check");
  }
  let actual;
  try {
    actual = digest(request.sourcePath);
  } catch (e) {
    return answer("block", "skill " + name + " could not be checked: " + e.message);
  }
  if (actual !== ALLOWED[name]) {
    return answer("block", "skill " + name + " has sha256 " + actual + ", the blueprint allows " + ALLOWED[name]);
  }
  return answer("allow");
}

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => {
  input += chunk;
  if (input.length > MAX_INPUT) {
    answer("block", "the install request is too large");
    process.exit(0);
  }
});
process.stdin.on("end", () => {
  try {
    decide(input);
  } catch (e) {
    answer("block", "the install policy failed: " + e.message);
  }
});
