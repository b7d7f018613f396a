#!/usr/bin/env bash
# Regenerates bulwark's release-fingerprint table: for every published version of the OpenClaw gateway
# (npm `openclaw`, and the earlier names `clawdbot` and `moltbot`) it fetches the release tarball with
# `npm pack`, extracts the one file that matters (package/dist/control-ui/index.html), deletes the tarball,
# and writes what the page references (content-hashed asset names, the build id when present) into a table.
# Not part of .ci/run; see docs/release-fingerprints.md.
#
# Usage:
#   tests/scripts/fingerprint-releases.sh [--out FILE] [--cache DIR] [--jobs N]
#       fetch every version not yet in the cache (resumable: finished versions are kept in DIR),
#       then write the table (default hardening/src/main/resources/dev/bulwark/release/release-fingerprints.json)
#   tests/scripts/fingerprint-releases.sh --tarball FILE --package NAME --version V
#       print the table row of one local tarball (used by the test of this script)
#
# Cache layout (one file per version, written atomically): DIR/<package>/<version>.html  the extracted page,
# DIR/<package>/<version>.none  the tarball has no Control UI page, DIR/<package>/<version>.failed  why it
# could not be fetched (retried on the next run).
set -euo pipefail

readonly PACKAGES=(openclaw clawdbot moltbot)
readonly PAGE="package/dist/control-ui/index.html"
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly SCRIPT_DIR
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
readonly REPO_ROOT

log() { printf 'fingerprint-releases: %s\n' "$*" >&2; }

# Extracts the Control UI page of one tarball. $1 tarball, $2 destination .html; returns 3 when absent.
extract_page() {
  local tarball="$1" dest="$2"
  local dir
  dir="$(mktemp -d)"
  # One pass over the archive; a tarball without the page extracts nothing.
  tar -xzf "$tarball" -C "$dir" "$PAGE" 2>/dev/null || true
  if [[ ! -f "$dir/$PAGE" ]]; then
    rm -rf "$dir"
    return 3
  fi
  mv "$dir/$PAGE" "$dest.part"
  mv "$dest.part" "$dest"
  rm -rf "$dir"
}

# Fetches one version into the cache. $1 cache dir, $2 package, $3 version.
fetch_one() {
  local cache="$1" pkg="$2" version="$3"
  local dir="$cache/$pkg"
  local base="$dir/$version"
  [[ -f "$base.html" || -f "$base.none" ]] && return 0
  local work
  work="$(mktemp -d)"
  local out status=0
  out="$(cd "$work" && timeout 600 npm pack --silent --loglevel=error "$pkg@$version" 2>&1)" || status=$?
  local tarball
  tarball="$(find "$work" -maxdepth 1 -name '*.tgz' | head -n 1)"
  if ((status != 0)) || [[ -z "$tarball" ]]; then
    printf 'npm pack failed (exit %s): %s\n' "$status" "$(printf '%s' "$out" | tail -n 3 | tr '\n' ' ')" >"$base.failed"
    rm -rf "$work"
    log "$pkg@$version: could not fetch"
    return 0
  fi
  if extract_page "$tarball" "$base.html"; then
    rm -f "$base.failed"
    log "$pkg@$version: page extracted"
  else
    printf 'no %s in the tarball\n' "$PAGE" >"$base.none"
    rm -f "$base.failed"
    log "$pkg@$version: no Control UI page"
  fi
  rm -rf "$work"
}

build_table() {
  # $1 cache dir, $2 output file
  local cache="$1" out="$2"
  node "$SCRIPT_DIR/fingerprint-table.mjs" "$cache" "$(date -u +%Y-%m-%d)" "${PACKAGES[@]}" >"$out.part"
  mv "$out.part" "$out"
  log "wrote $out"
}

single_tarball() {
  local tarball="$1" pkg="$2" version="$3"
  local cache
  cache="$(mktemp -d)"
  mkdir -p "$cache/$pkg"
  printf '["%s"]\n' "$version" >"$cache/$pkg/versions.json"
  if ! extract_page "$tarball" "$cache/$pkg/$version.html"; then
    printf 'no %s in the tarball\n' "$PAGE" >"$cache/$pkg/$version.none"
  fi
  node "$SCRIPT_DIR/fingerprint-table.mjs" "$cache" "$(date -u +%Y-%m-%d)" "$pkg"
  rm -rf "$cache"
}

main() {
  local out="$REPO_ROOT/hardening/src/main/resources/dev/bulwark/release/release-fingerprints.json"
  local cache="${BULWARK_FINGERPRINT_CACHE:-$HOME/.cache/bulwark-fingerprints}"
  local jobs=4 tarball="" pkg="" version=""
  while (($#)); do
    case "$1" in
      --out) out="$2"; shift 2 ;;
      --cache) cache="$2"; shift 2 ;;
      --jobs) jobs="$2"; shift 2 ;;
      --tarball) tarball="$2"; shift 2 ;;
      --package) pkg="$2"; shift 2 ;;
      --version) version="$2"; shift 2 ;;
      --fetch-one) fetch_one "$2" "$3" "$4"; return ;;
      *) log "unknown argument: $1"; exit 2 ;;
    esac
  done
  command -v node >/dev/null 2>&1 || { log "node is required"; exit 1; }
  if [[ -n "$tarball" ]]; then
    [[ -n "$pkg" && -n "$version" ]] || { log "--tarball needs --package and --version"; exit 2; }
    single_tarball "$tarball" "$pkg" "$version"
    return
  fi
  command -v npm >/dev/null 2>&1 || { log "npm is required"; exit 1; }
  for p in "${PACKAGES[@]}"; do
    mkdir -p "$cache/$p"
    npm view "$p" versions --json >"$cache/$p/versions.json.part"
    mv "$cache/$p/versions.json.part" "$cache/$p/versions.json"
    node -e 'const v=JSON.parse(require("fs").readFileSync(process.argv[1]));for(const x of [].concat(v))console.log(x)' \
      "$cache/$p/versions.json" | sed "s|^|$p |"
  done | xargs -P "$jobs" -n 2 "$SCRIPT_DIR/fingerprint-releases.sh" --fetch-one "$cache"
  build_table "$cache" "$out"
}

main "$@"
