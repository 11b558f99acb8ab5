#!/usr/bin/env bash
# Publishes the `openrouter` CLI (samples/OpenRouter.Cli) as a NativeAOT single-file binary with the README's command,
# fails on any trim/AOT warning or on a managed assembly published beside it, then runs the binary: --help, --version,
# and against a standalone emulator (samples/OpenRouter.Emulator.Tool) chat (text and --json), a streamed chat,
# models --json, compare --json with a failing model, and an API error with --json, then chat and models --json with
# the built-in emulator compiled into the binary, checking what each prints.
# Reports the binary's size and its start-up time (the wall time of --version).
# Usage: .ci/steps/cli-aot.sh [Configuration]
set -uo pipefail
cd "$(dirname "$0")/../.."

configuration="${1:-Release}"
out="$PWD/artifacts/cli-aot"
log="$out.publish.log"
rm -rf "$out"
mkdir -p "$(dirname "$out")"

fail() { echo "cli-aot: $*" >&2; exit 1; }

echo "cli-aot: dotnet publish samples/OpenRouter.Cli -c $configuration -r linux-x64 -p:PublishAot=true (NativeAOT)"
dotnet publish samples/OpenRouter.Cli -c "$configuration" -r linux-x64 -p:PublishAot=true -o "$out" >"$log" 2>&1
status=$?
if [ $status -ne 0 ]; then
  cat "$log"
  fail "publish failed"
fi

# ILLink and ILC report as "warning IL2xxx"/"IL3xxx"; any of them means a trim or AOT hazard.
if grep -E "(warning|error) IL[0-9]{4}" "$log"; then
  fail "trim/AOT warnings (above)"
fi

binary="$out/openrouter"
[ -x "$binary" ] || fail "$binary was not published"
# A NativeAOT binary is one file: nothing may sit beside it but its native symbols (openrouter.dbg), above all no
# managed assembly.
others=$(find "$out" -mindepth 1 -maxdepth 1 ! -name openrouter ! -name openrouter.dbg -printf '%f ')
[ -z "$others" ] || fail "published beside the binary: $others"

# The emulator the binary talks to: the standalone tool, on a free port, as a separate process.
dotnet build samples/OpenRouter.Emulator.Tool -c "$configuration" -f net10.0 -v quiet -nologo >"$out.emulator-build.log" 2>&1 \
  || { cat "$out.emulator-build.log"; fail "the emulator tool did not build"; }
emulator_dll="samples/OpenRouter.Emulator.Tool/bin/$configuration/net10.0/OpenRouter.Emulator.Tool.dll"
emulator_log="$out.emulator.log"
dotnet "$emulator_dll" --port 0 >"$emulator_log" 2>&1 &
emulator_pid=$!
trap 'kill "$emulator_pid" 2>/dev/null; wait "$emulator_pid" 2>/dev/null' EXIT
base_url=""
for _ in $(seq 1 300); do
  base_url=$(grep -o 'listening on http://[^ ]*' "$emulator_log" | head -n 1 | cut -d' ' -f3)
  [ -n "$base_url" ] && break
  kill -0 "$emulator_pid" 2>/dev/null || { cat "$emulator_log"; fail "the emulator exited"; }
  sleep 0.1
done
[ -n "$base_url" ] || { cat "$emulator_log"; fail "the emulator did not start"; }
echo "cli-aot: emulator at $base_url"

# Runs the binary with no key and the emulator's address; its standard output in $stdout, standard error in $stderr.
run() {
  stdout=$(OPENROUTER_API_KEY='' OPENROUTER_BASE_URL="$base_url" timeout 60 "$binary" "$@" 2>"$out.stderr")
  code=$?
  stderr=$(cat "$out.stderr")
}
expect_code() { [ "$code" -eq "$1" ] || fail "'$2' exited with $code, not $1; stderr: $stderr"; }
# grep reads a here-string, not a pipe: with pipefail, grep -q quitting at the first match would fail the writer.
expect_out() { grep -Eq -- "$1" <<<"$stdout" || { printf '%s\n' "$stdout"; fail "'$2': no line of standard output matches: $1"; }; }
expect_err() { grep -Eq -- "$1" <<<"$stderr" || { printf '%s\n' "$stderr"; fail "'$2': no line of standard error matches: $1"; }; }
expect_no_err() { [ -z "$stderr" ] || fail "'$1': standard error should be empty with --json, was: $stderr"; }

run --help
expect_code 0 "--help"
expect_out '^Usage:' "--help"
expect_out '^  chat ' "--help"
expect_out '^  compare ' "--help"

started=$(date +%s%N)
run --version
startup_ms=$(( ($(date +%s%N) - started) / 1000000 ))
expect_code 0 "--version"
expect_out '^[0-9]+\.[0-9]+\.[0-9]+' "--version"

run chat "Hello from NativeAOT"
expect_code 0 "chat"
[ "$stdout" = "Hello from NativeAOT" ] || fail "chat printed '$stdout'"
expect_err '^OPENROUTER_API_KEY is not set: sending a placeholder key to http://127\.0\.0\.1:' "chat"
expect_err '^\[emulator/echo via Emulator · [0-9]+\+[0-9]+ tokens · \$0\.[0-9]+ · gen-' "chat"

run chat "Olá, JSON" --json
expect_code 0 "chat --json"
expect_no_err "chat --json"
expect_out '^  "object": "chat\.completion",$' "chat --json"
expect_out '^        "content": "Olá, JSON"' "chat --json"
expect_out '^    "completion_tokens": [0-9]+,$' "chat --json"

run chat "one two three" --stream
expect_code 0 "chat --stream"
[ "$stdout" = "one two three" ] || fail "chat --stream printed '$stdout'"

run chat "one two three" --stream --json
expect_code 0 "chat --stream --json"
expect_no_err "chat --stream --json"
expect_out '^\{"id":"gen-[^"]+".*"object":"chat\.completion\.chunk".*"content":"one"' "chat --stream --json"
expect_out '"usage":\{"prompt_tokens":[0-9]+,"completion_tokens":[0-9]+' "chat --stream --json"
chunks=$(printf '%s\n' "$stdout" | grep -c '"object":"chat.completion.chunk"')
[ "$chunks" -ge 3 ] || fail "chat --stream --json printed $chunks chunks"

run models --json
expect_code 0 "models --json"
expect_no_err "models --json"
expect_out '^    "id": "emulator/echo",$' "models --json"
expect_out '^    "context_length": [0-9]+,$' "models --json"

run compare "same prompt" --models emulator/echo emulator/rate-limit --json
expect_code 1 "compare --json with a failing model"
expect_no_err "compare --json"
expect_out '^    "model": "emulator/echo",$' "compare --json"
expect_out '^    "answer": "same prompt",$' "compare --json"
expect_out '^    "model": "emulator/rate-limit",$' "compare --json"
expect_out '^      "status": 429$' "compare --json"

run chat "hi" --model nosuch/model --json
expect_code 1 "an API error with --json"
[ -z "$stdout" ] || fail "an API error with --json printed on standard output: $stdout"
[ "$(printf '%s\n' "$stderr" | wc -l)" -eq 1 ] || fail "an API error with --json wrote more than one line on standard error: $stderr"
expect_err '^\{"error":\{"message":"[^"]*nosuch/model is not a valid model ID[^"]*","type":"bad_request","status":400\}\}$' "an API error with --json"

# Without a key or a base URL the binary starts its built-in emulator in-process (ASP.NET Core, compiled in).
run_builtin() {
  stdout=$(OPENROUTER_API_KEY='' OPENROUTER_BASE_URL='' timeout 60 "$binary" "$@" 2>"$out.stderr")
  code=$?
  stderr=$(cat "$out.stderr")
}
run_builtin chat "in-process"
expect_code 0 "chat with the built-in emulator"
[ "$stdout" = "in-process" ] || fail "chat with the built-in emulator printed '$stdout'"
expect_err '^OPENROUTER_API_KEY is not set: using the built-in emulator at http://127\.0\.0\.1:' "chat with the built-in emulator"

run_builtin models --json
expect_code 0 "models --json with the built-in emulator"
expect_no_err "models --json with the built-in emulator"
expect_out '^    "id": "emulator/echo",$' "models --json with the built-in emulator"

size_bytes=$(stat -c %s "$binary")
size_mib=$(awk "BEGIN { printf \"%.1f\", $size_bytes / 1048576 }")
echo "cli-aot: NativeAOT single-file binary with no warnings, $size_mib MiB ($size_bytes bytes); --version in ${startup_ms} ms; all checks passed"
