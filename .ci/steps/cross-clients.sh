#!/usr/bin/env bash
# Installs pinned third-party clients (eng/cross-clients/package.json: the official @openrouter/sdk, which validates
# every response against its schemas, and openai) into a temporary folder, starts the standalone emulator from its
# build output on a free loopback port, and runs eng/cross-clients/check.mjs through both clients: chat unary and
# streamed, models (list with paging, get, count, user list), model and ZDR endpoints, providers, generation (metadata,
# content, feedback), key, credits (management key, and the 403 of an inference key), embeddings and their models,
# datasets, benchmarks, task classifications, images, speech, transcription, rerank, videos, files, Responses unary
# and streamed, Anthropic Messages and presets from inference requests (fetch: the official SDK has no messages
# method), the administration operations (API keys, guardrails, workspaces and budgets, BYOK, presets,
# organization, observability, analytics: eng/cross-clients/admin-checks.mjs), the management key refused on chat,
# and the errors. Fails on any schema rejection, exception or wrong answer.
# Usage: .ci/steps/cross-clients.sh [Configuration]   (run by .ci/run after the build)
set -euo pipefail
cd "$(dirname "$0")/../.."

configuration="${1:-Release}"
work="$(mktemp -d "${TMPDIR:-/tmp}/openrouter-cross-clients.XXXXXX")"
emulator_pid=""
started=$SECONDS

cleanup() {
  if [ -n "$emulator_pid" ] && kill -0 "$emulator_pid" 2>/dev/null; then
    kill -TERM "$emulator_pid" 2>/dev/null || true
    wait "$emulator_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "cross-clients: $*" >&2; exit 1; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

command -v node >/dev/null || fail "node is not installed (the step needs Node.js 20 or later and npm)"
command -v npm >/dev/null || fail "npm is not installed"
echo "cross-clients: node $(node --version), npm $(npm --version)"

# 1. The pinned clients, in the temporary folder only.
cp eng/cross-clients/package.json eng/cross-clients/check.mjs eng/cross-clients/admin-checks.mjs "$work/"
(cd "$work" && timeout 300 npm install --no-audit --no-fund --ignore-scripts --no-package-lock --loglevel=error >"$work/npm.log" 2>&1) \
  || { cat "$work/npm.log"; fail "npm install of the pinned clients failed (see above)"; }

# 2. The standalone emulator from its build output, with a management key, on a free loopback port.
emulator_dll="samples/OpenRouter.Emulator.Tool/bin/$configuration/net10.0/OpenRouter.Emulator.Tool.dll"
if [ ! -f "$emulator_dll" ]; then
  timeout 300 dotnet build samples/OpenRouter.Emulator.Tool -c "$configuration" >"$work/emulator-build.log" 2>&1 \
    || { cat "$work/emulator-build.log"; fail "building the emulator failed"; }
fi
api_key="sk-or-v1-cross-clients-$(printf '%032d' 0)"
management_key="sk-or-v1-cross-clients-management-$(printf '%024d' 0)"
dotnet "$emulator_dll" --port 0 --management-key "$management_key" >"$work/emulator.log" 2>&1 &
emulator_pid=$!
base_url=""
for _ in $(seq 1 150); do
  base_url="$(grep -o 'http://127\.0\.0\.1:[0-9]*/api/v1/' "$work/emulator.log" | head -n 1 || true)"
  [ -n "$base_url" ] && break
  kill -0 "$emulator_pid" 2>/dev/null || { cat "$work/emulator.log"; fail "the emulator exited"; }
  sleep 0.2
done
[ -n "$base_url" ] || { cat "$work/emulator.log"; fail "the emulator did not start within 30 s"; }

# 3. The checks (each prints a line; the last line is the summary).
status=0
EMULATOR_BASE_URL="$base_url" EMULATOR_API_KEY="$api_key" EMULATOR_MANAGEMENT_KEY="$management_key" \
  timeout 180 node "$work/check.mjs" || status=$?
[ "$status" -eq 124 ] && fail "the checks did not finish within 180 s"
[ "$status" -eq 0 ] || { echo "--- emulator output"; cat "$work/emulator.log"; fail "a client check failed (exit $status)"; }

# 4. The emulator stops cleanly on SIGTERM.
kill -TERM "$emulator_pid"
emulator_status=0
wait "$emulator_pid" || emulator_status=$?
emulator_pid=""
[ "$emulator_status" -eq 0 ] || { cat "$work/emulator.log"; fail "the emulator exited with $emulator_status on SIGTERM"; }
if grep -q 'Exception' "$work/emulator.log"; then
  cat "$work/emulator.log"
  fail "the emulator printed an exception"
fi
echo "cross-clients: passed in $((SECONDS - started)) s (install, emulator start, checks, clean SIGTERM stop)"
