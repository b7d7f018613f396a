#!/usr/bin/env bash
# Times `bulwark discover` (connect scan + fingerprints) against `nmap -n -Pn -sT --open -T5` (port scan only) on the
# same loopback /16 and ports, side by side in one hyperfine run, with a few planted HTTP servers so both have open
# ports to report and discover has something to fingerprint. Loopback only: 127.5.0.0/16.
# Also measures JVM start-up of verify and discover with and without the class-data-sharing archive.
# Usage: [WARMUP=1] [RATE=100000] [IN_FLIGHT=1024] [PORTS=a,b,c] tests/benchmarks/discover-vs-nmap.sh [RUNS]   (needs nmap, hyperfine, python3; writes target/benchmarks/discover/)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
runs=${1:-3}
warmup=${WARMUP:-1}
range=127.5.0.0/16
ports=${PORTS:-18789,28443,28080}
rate=${RATE:-100000}
inflight=${IN_FLIGHT:-1024}
out="$root/target/benchmarks/discover"
mkdir -p "$out"
./bulwark --version >/dev/null   # builds the CLI (and its CDS archive) if needed, outside the timings

# A wildcard listener on one of the ports would answer on every 127.5.x.y and measure something else.
for p in ${ports//,/ }; do
  if ss -ltnH | awk '{print $4}' | grep -Eq "^(0\.0\.0\.0|\*|\[::\]):$p$"; then
    echo "port $p has a wildcard listener; pick other PORTS" >&2; exit 2
  fi
done

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
first=${ports%%,*}
for addr in 127.5.0.10 127.5.17.3 127.5.200.200 127.5.255.254; do
  python3 -m http.server --bind "$addr" "$first" >/dev/null 2>&1 &
  pids+=($!)
done
sleep 1

hyperfine --runs "$runs" --warmup "$warmup" --export-markdown "$out/scan.md" --export-json "$out/scan.json" \
  -n "nmap -n -Pn -sT --open -T5" "nmap -n -Pn -sT --open -T5 -p $ports $range -oG $out/nmap.txt >/dev/null" \
  -n "bulwark discover (rate $rate, $inflight in flight)" \
     "./bulwark discover $range --ports $ports --rate $rate --max-in-flight $inflight --format json --output $out/discover.json 2>/dev/null"
echo "nmap open ports: $(grep -o '[0-9]*/open' "$out/nmap.txt" | wc -l)"
echo "discover: $(python3 -c "import json;d=json.load(open('$out/discover.json'));print(len(d['gateways']),'gateways,',len(d['services']),'other open ports')")"

# Start-up: the same two short runs with and without the archive (BULWARK_NO_CDS=1).
hyperfine --runs "$((runs * 3))" --warmup "$warmup" --export-markdown "$out/startup.md" \
  -n "verify, no CDS" "BULWARK_NO_CDS=1 ./bulwark verify http://127.0.0.1:1/ --timeout 2s --format json >/dev/null 2>&1 || true" \
  -n "verify, CDS" "./bulwark verify http://127.0.0.1:1/ --timeout 2s --format json >/dev/null 2>&1 || true" \
  -n "discover, no CDS" "BULWARK_NO_CDS=1 ./bulwark discover 127.0.0.1 --ports 1 --format json >/dev/null 2>&1" \
  -n "discover, CDS" "./bulwark discover 127.0.0.1 --ports 1 --format json >/dev/null 2>&1" \
  -n "version, no CDS" "BULWARK_NO_CDS=1 ./bulwark --version >/dev/null" \
  -n "version, CDS" "./bulwark --version >/dev/null"
cat "$out/scan.md" "$out/startup.md"
