#!/usr/bin/env sh
# Peak resident memory of one `bulwark verify` run against each hostile TLS server mode (docs/benchmarks.md,
# "verify against hostile servers"). Loopback only: the server listens on 127.0.0.2. Needs GNU time
# (apt-get install time), a built CLI jar (./mvnw -DskipTests package -pl cli -am) and the hardening test classes.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
timeout=${TIMEOUT:-30s}
cp_file=$(mktemp)
results=$(mktemp)
./mvnw -o -q -B -pl hardening dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >&2
classpath="hardening/target/test-classes:hardening/target/classes:$(cat "$cp_file")"
for mode in ${MODES:-endless-headers endless-body redirect-loop one-byte-a-second endless-upgrade-body}; do
  port_file=$(mktemp)
  java -cp "$classpath" dev.bulwark.verify.net.HostileTlsServer "$mode" 127.0.0.2 0 >"$port_file" &
  server=$!
  i=0
  while [ ! -s "$port_file" ] && [ $i -lt 60 ]; do sleep 1; i=$((i + 1)); done
  port=$(cat "$port_file")
  exit_code=0
  /usr/bin/time -f "$mode peak_rss_kib=%M wall_s=%e" -a -o "$results" \
    java -XX:TieredStopAtLevel=1 -jar cli/target/bulwark-cli.jar verify "https://127.0.0.2:$port/" \
    --timeout "$timeout" --format json --output /dev/null || exit_code=$?
  echo "$mode exit=$exit_code" >>"$results"
  kill "$server"
  rm -f "$port_file"
done
cat "$results"
rm -f "$cp_file" "$results"
