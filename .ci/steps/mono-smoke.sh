#!/usr/bin/env bash
# Runs tests/OpenRouter.Sdk.MonoSmoke (a .NET Framework 4.7.2 program, so it loads the SDK's netstandard2.0 build) on
# Mono: a non-streamed call, a stream read as it arrives, a typed error and cancellation against a loopback server.
# Installs Mono with apt when it is missing. Usage: .ci/steps/mono-smoke.sh [Configuration]
set -uo pipefail
cd "$(dirname "$0")/../.."

configuration="${1:-Release}"
program="tests/OpenRouter.Sdk.MonoSmoke/bin/$configuration/net472/OpenRouter.Sdk.MonoSmoke.exe"

if ! command -v mono >/dev/null 2>&1; then
  echo "mono-smoke: installing Mono (apt-get install mono-complete)"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  if ! { timeout 600 $sudo_cmd apt-get update -qq && timeout 900 $sudo_cmd apt-get install -y -qq --no-install-recommends mono-complete; } >/tmp/mono-install.log 2>&1; then
    tail -20 /tmp/mono-install.log
    echo "mono-smoke: Mono could not be installed" >&2
    exit 1
  fi
fi
echo "mono-smoke: $(mono --version | head -n 1)"

[ -f "$program" ] || dotnet build tests/OpenRouter.Sdk.MonoSmoke -c "$configuration" >/dev/null || { echo "mono-smoke: build failed" >&2; exit 1; }

output=$(timeout 120 mono "$program" 2>&1)
status=$?
echo "$output"
if [ $status -ne 0 ]; then
  echo "mono-smoke: the program exited with $status" >&2
  exit 1
fi

expect() {
  grep -Eq -- "$1" <<<"$output" || { echo "mono-smoke: missing line matching: $1" >&2; exit 1; }
}
expect '^runtime: Mono .*; library built for \.NETStandard,Version=v2\.0$'
expect '^unary: ok \(openai/gpt-4o said Hello!\)$'
expect '^stream: ok \(3 chunks, '"'"'Olá!'"'"', first chunk read before the rest was sent\)$'
expect '^error: ok \(OpenRouterRateLimitException 429, retry after 7 s\)$'
expect '^cancellation: ok \(OperationCanceledException after [0-9]+ ms\)$'
expect '^mono-smoke: all checks passed$'
