#!/usr/bin/env bash
# Publishes tests/OpenRouter.Sdk.AotSmoke as a NativeAOT binary with the README's command (the whole SDK rooted, so
# every public API is analyzed by the trimmer and the AOT compiler), fails on any trim/AOT warning, then runs the
# native binary and checks every line it prints; reports its size and how long the run took.
# Usage: .ci/steps/aot-smoke.sh [Configuration]
set -uo pipefail
cd "$(dirname "$0")/../.."

configuration="${1:-Release}"
out="$PWD/artifacts/aot-smoke"
log="$out.publish.log"
rm -rf "$out"
mkdir -p "$(dirname "$out")"

echo "aot-smoke: dotnet publish tests/OpenRouter.Sdk.AotSmoke -c $configuration -p:PublishAot=true (NativeAOT, linux-x64)"
dotnet publish tests/OpenRouter.Sdk.AotSmoke -c "$configuration" -p:PublishAot=true -o "$out" -warnaserror >"$log" 2>&1
status=$?
if [ $status -ne 0 ]; then
  cat "$log"
  echo "aot-smoke: publish failed" >&2
  exit 1
fi

# ILLink reports as "warning IL2xxx"/"IL3xxx"; any of them means a trim or AOT hazard.
if grep -E "(warning|error) IL[0-9]{4}" "$log"; then
  echo "aot-smoke: trim/AOT warnings (above)" >&2
  exit 1
fi

binary="$out/OpenRouter.Sdk.AotSmoke"
[ -x "$binary" ] || { echo "aot-smoke: $binary was not published" >&2; exit 1; }

started=$(date +%s%N)
output=$(timeout 60 "$binary" 2>&1)
status=$?
elapsed_ms=$(( ($(date +%s%N) - started) / 1000000 ))
echo "$output"
if [ $status -ne 0 ]; then
  echo "aot-smoke: the published program exited with $status" >&2
  exit 1
fi

expect() {
  grep -Eq -- "$1" <<<"$output" || { echo "aot-smoke: missing line matching: $1" >&2; exit 1; }
}
expect '^unary: ok \(openai/gpt-4o said Hello!\)$'
expect '^stream: ok \(3 chunks, '"'"'Olá!'"'"', folded usage 26\)$'
expect '^error: ok \(OpenRouterRateLimitException 429, retry after 7 s, provider Google\)$'
expect '^models: ok \(1 model, anthropic/claude-sonnet-4\)$'
expect '^di: ok \(IOpenRouterClient resolved and called\)$'
expect '^aot-smoke: all checks passed$'
if grep -q 'FAILED' <<<"$output"; then
  echo "aot-smoke: a check failed" >&2
  exit 1
fi
# A NativeAOT binary needs no runtime beside it: no managed OpenRouter.Sdk.dll may have been published.
[ ! -e "$out/OpenRouter.Sdk.dll" ] || { echo "aot-smoke: a managed OpenRouter.Sdk.dll was published: not a NativeAOT build" >&2; exit 1; }
echo "aot-smoke: NativeAOT binary with no warnings, $(du -h "$binary" | cut -f1) ($(stat -c %s "$binary") bytes); the whole check ran in ${elapsed_ms} ms; all checks passed"
