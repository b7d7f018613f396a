#!/usr/bin/env bash
# Times `bulwark plan` against a bare synth of the same CDK app, cold and warm, with hyperfine.
#   bare synth : the app cdk.json runs (CdkAppMain: stack + both rule packs), straight on the JVM
#   cdk synth  : `npx aws-cdk synth` of the same app (CDK CLI on top of the bare synth)
#   plan       : `./bulwark plan` (validate, synth in-process, read the report, render)
# Cold = jsii's runtime package cache emptied before each run; warm = cache in place.
# Usage: [BLUEPRINT=blueprints/openclaw-container.yaml] tests/benchmarks/plan-vs-synth.sh [RUNS]
#        (needs hyperfine; writes target/benchmarks/*.md; the instance blueprint by default)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
runs=${1:-5}
blueprint=${BLUEPRINT:-blueprints/openclaw-instance.yaml}
out="$root/target/benchmarks"
mkdir -p "$out"
./bulwark --version >/dev/null   # builds the CLI if needed, outside the timings
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=20 JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20
cache=$(mktemp -d)
export JSII_RUNTIME_PACKAGE_CACHE_ROOT="$cache"
cp="cli/target/bulwark-cli.jar:cli/target/lib/*"
# The same JVM options as ./bulwark uses for both (the quick JIT only), so only the work differs.
bare="CDK_CONTEXT_JSON='{\"blueprint\":\"$blueprint\"}' CDK_OUTDIR=$out/bare java -XX:TieredStopAtLevel=1 -cp '$cp' dev.bulwark.cdk.CdkAppMain"
npx --yes aws-cdk@2.1148.1 --version >/dev/null   # fetch the CLI once, outside the timings

hyperfine --runs "$runs" --prepare "rm -rf '$cache'/*" --export-markdown "$out/cold.md" \
  -n "bare synth (cold)" "$bare" \
  -n "bulwark plan (cold)" "./bulwark plan $blueprint --out $out/plan >/dev/null 2>&1"
hyperfine --runs "$runs" --warmup 1 --export-markdown "$out/warm.md" \
  -n "bare synth (warm)" "$bare" \
  -n "npx aws-cdk synth (warm)" "npx --yes aws-cdk@2.1148.1 synth --quiet -c blueprint=$blueprint -o $out/cdk >/dev/null 2>&1" \
  -n "bulwark plan (warm)" "./bulwark plan $blueprint --out $out/plan >/dev/null 2>&1"
rm -rf "$cache"
cat "$out/cold.md" "$out/warm.md"
