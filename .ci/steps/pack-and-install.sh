#!/usr/bin/env bash
# Packs OpenRouter.Sdk.Client, checks what the package holds, packs the emulator packages (OpenRouter.Sdk.Client.Testing,
# the library tests start in-process, and OpenRouter.Sdk.Emulator, the `openrouter-emulator` dotnet tool), installs the
# tool from the local folder feed and starts the emulator with it, then installs both libraries into a fresh console
# project with `dotnet add package`, builds it and runs it: a stream against the tool's emulator and a call to an
# emulator the project starts itself. Usage: .ci/steps/pack-and-install.sh [Configuration]   (run by .ci/run after the build)
set -euo pipefail
cd "$(dirname "$0")/../.."

configuration="${1:-Release}"
root="$PWD"
packages="$root/artifacts/packages"
work="$(mktemp -d "${TMPDIR:-/tmp}/openrouter-pack.XXXXXX")"
emulator_pid=""

cleanup() {
  if [ -n "$emulator_pid" ] && kill -0 "$emulator_pid" 2>/dev/null; then
    kill "$emulator_pid" 2>/dev/null || true
    wait "$emulator_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "pack-and-install: $*" >&2; exit 1; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# 1. Pack (reusing the CI build when it is there).
rm -rf "$packages"
no_build=()
[ -f "src/OpenRouter.Sdk/bin/$configuration/net10.0/OpenRouter.Sdk.dll" ] && no_build=(--no-build)
timeout 300 dotnet pack src/OpenRouter.Sdk -c "$configuration" -o "$packages" "${no_build[@]}" -warnaserror >"$work/pack.log" 2>&1 \
  || { cat "$work/pack.log"; fail "dotnet pack failed"; }

nupkg="$(find "$packages" -maxdepth 1 -name 'OpenRouter.Sdk.Client.[0-9]*.nupkg' | head -n 1)"
snupkg="${nupkg%.nupkg}.snupkg"
[ -f "$nupkg" ] || fail "no OpenRouter.Sdk.Client .nupkg in $packages"
[ -f "$snupkg" ] || fail "no .snupkg next to $(basename "$nupkg")"
version="$(basename "$nupkg" .nupkg)"; version="${version#OpenRouter.Sdk.Client.}"
echo "packed OpenRouter.Sdk.Client $version"

# 2. Check the package contents and metadata.
contents="$(unzip -l "$nupkg")"
for entry in README.md OpenRouter.Sdk.Client.nuspec \
             lib/netstandard2.0/OpenRouter.Sdk.dll lib/netstandard2.0/OpenRouter.Sdk.xml \
             lib/net8.0/OpenRouter.Sdk.dll lib/net8.0/OpenRouter.Sdk.xml \
             lib/net10.0/OpenRouter.Sdk.dll lib/net10.0/OpenRouter.Sdk.xml; do
  grep -q " $entry\$" <<<"$contents" || fail "$entry is missing from $(basename "$nupkg")"
done
nuspec="$(unzip -p "$nupkg" OpenRouter.Sdk.Client.nuspec)"
grep -q '<license type="expression">MIT</license>' <<<"$nuspec" || fail "the nuspec has no MIT license expression"
grep -q '<readme>README.md</readme>' <<<"$nuspec" || fail "the nuspec names no readme"
grep -q '<repository type="git" url="https://' <<<"$nuspec" || fail "the nuspec has no repository metadata"
symbols="$(unzip -l "$snupkg")"
for tfm in netstandard2.0 net8.0 net10.0; do
  grep -q " lib/$tfm/OpenRouter.Sdk.pdb\$" <<<"$symbols" || fail "lib/$tfm/OpenRouter.Sdk.pdb is missing from the symbol package"
done
# SourceLink maps the PDB to the repository's URLs; it needs a GitHub remote to know them.
if git remote get-url origin 2>/dev/null | grep -q 'github\.com'; then
  unzip -p "$snupkg" lib/net10.0/OpenRouter.Sdk.pdb | grep -aq '"documents"' || fail "the PDB carries no SourceLink map"
  echo "package contents ok (README, MIT, repository, XML docs, symbols, SourceLink)"
else
  echo "package contents ok (README, MIT, repository, XML docs, symbols); SourceLink not checked: this clone has no GitHub 'origin' remote"
fi

# 3. The emulator packages; the tool installed from the local feed starts the emulator on a free loopback port.
for project in samples/OpenRouter.Emulator samples/OpenRouter.Emulator.Tool; do
  timeout 300 dotnet pack "$project" -c "$configuration" -o "$packages" -warnaserror >"$work/pack-emulator.log" 2>&1 \
    || { cat "$work/pack-emulator.log"; fail "dotnet pack $project failed"; }
done
testing_nupkg="$packages/OpenRouter.Sdk.Client.Testing.$version.nupkg"
tool_nupkg="$packages/OpenRouter.Sdk.Emulator.$version.nupkg"
[ -f "$testing_nupkg" ] || fail "no OpenRouter.Sdk.Client.Testing $version package"
[ -f "$tool_nupkg" ] || fail "no OpenRouter.Sdk.Emulator $version package"
testing_contents="$(unzip -l "$testing_nupkg")"
for entry in README.md lib/net8.0/OpenRouter.Emulator.dll lib/net8.0/OpenRouter.Emulator.xml \
             lib/net10.0/OpenRouter.Emulator.dll lib/net10.0/OpenRouter.Emulator.xml; do
  grep -q " $entry\$" <<<"$testing_contents" || fail "$entry is missing from $(basename "$testing_nupkg")"
done
unzip -p "$testing_nupkg" OpenRouter.Sdk.Client.Testing.nuspec | grep -q '<frameworkReference name="Microsoft.AspNetCore.App"' \
  || fail "OpenRouter.Sdk.Client.Testing does not declare the ASP.NET Core framework it needs"
global_packages="$(dotnet nuget locals global-packages --list | sed -e 's/^[^:]*: *//')"
for id in openrouter.sdk.client openrouter.sdk.client.testing openrouter.sdk.emulator; do
  # A package rebuilt under the same version must not be served from the global cache.
  rm -rf "${global_packages%/}/$id/$version"
done
timeout 300 dotnet tool install OpenRouter.Sdk.Emulator --version "$version" --tool-path "$work/tools" --add-source "$packages" \
  >"$work/tool.log" 2>&1 || { cat "$work/tool.log"; fail "dotnet tool install OpenRouter.Sdk.Emulator failed"; }
"$work/tools/openrouter-emulator" --help | grep -q '^Usage: openrouter-emulator' || fail "openrouter-emulator --help printed no usage"
"$work/tools/openrouter-emulator" --port 0 >"$work/emulator.log" 2>&1 &
emulator_pid=$!
base_url=""
for _ in $(seq 1 150); do
  base_url="$(grep -o 'http://127\.0\.0\.1:[0-9]*/api/v1/' "$work/emulator.log" | head -n 1 || true)"
  [ -n "$base_url" ] && break
  kill -0 "$emulator_pid" 2>/dev/null || { cat "$work/emulator.log"; fail "the emulator exited"; }
  sleep 0.2
done
[ -n "$base_url" ] || { cat "$work/emulator.log"; fail "the emulator did not start within 30 s"; }
echo "openrouter-emulator (dotnet tool OpenRouter.Sdk.Emulator $version) at $base_url"

# 4. A fresh console project that knows only the local folder and nuget.org.
consumer="$work/consumer"
mkdir -p "$consumer"
cat >"$consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$packages" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
cat >"$consumer/Consumer.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
</Project>
XML
cat >"$consumer/Program.cs" <<'CS'
using OpenRouter.Sdk;

var options = new OpenRouterClientOptions
{
    ApiKey = "sk-or-v1-package-check-0000000000000000",
    BaseUrl = new Uri(Environment.GetEnvironmentVariable("EMULATOR_BASE_URL")!),
};
using var client = new OpenRouterClient(options);
var request = new ChatCompletionRequest { Model = "emulator/echo", Messages = { new UserMessage("the packed package streams") } };

var accumulator = new ChatCompletionAccumulator();
await foreach (ChatCompletionChunk chunk in client.StreamChatCompletionAsync(request))
{
    accumulator.Append(chunk);
    Console.Write(chunk.Choices.FirstOrDefault()?.Delta?.Content);
}

ChatCompletion done = accumulator.ToChatCompletion();
Console.WriteLine();
Console.WriteLine($"chunks={accumulator.ChunkCount} finish={done.Choices[0].FinishReason} cost={done.Usage?.Cost}");

// OpenRouter.Sdk.Client.Testing: an emulator started in this process, as an app's own tests would.
await using (OpenRouter.Emulator.OpenRouterEmulator own = await OpenRouter.Emulator.OpenRouterEmulator.StartAsync())
{
    using var ownClient = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = options.ApiKey, BaseUrl = own.BaseUrl });
    var ownRequest = new ChatCompletionRequest { Model = OpenRouter.Emulator.EmulatedModels.Echo, Messages = { new UserMessage("in-process emulator") } };
    ChatCompletion answer = await ownClient.CreateChatCompletionAsync(ownRequest);
    Console.WriteLine($"testing package: {answer.Choices[0].Message.Content} generations={own.State.Generations.Count}");
}
CS

(cd "$consumer" && timeout 300 dotnet add package OpenRouter.Sdk.Client --version "$version" >"$work/add.log" 2>&1) \
  || { cat "$work/add.log"; fail "dotnet add package failed"; }
grep -q "Include=\"OpenRouter.Sdk.Client\" Version=\"$version\"" "$consumer/Consumer.csproj" || fail "the package reference was not added"
(cd "$consumer" && timeout 300 dotnet add package OpenRouter.Sdk.Client.Testing --version "$version" >"$work/add-testing.log" 2>&1) \
  || { cat "$work/add-testing.log"; fail "dotnet add package OpenRouter.Sdk.Client.Testing failed"; }
timeout 300 dotnet build "$consumer" -c Release >"$work/build.log" 2>&1 || { cat "$work/build.log"; fail "the consumer project does not build"; }
output="$(EMULATOR_BASE_URL="$base_url" timeout 60 dotnet "$consumer/bin/Release/net10.0/Consumer.dll")" || { echo "$output"; fail "the consumer project failed"; }
echo "$output"

grep -qx 'the packed package streams' <<<"$output" || fail "the streamed answer is missing from the output"
grep -Eq '^chunks=6 finish=stop cost=0\.[0-9]+$' <<<"$output" || fail "the summary line is wrong"
grep -qx 'testing package: in-process emulator generations=1' <<<"$output" || fail "the in-process emulator of OpenRouter.Sdk.Client.Testing did not answer"
echo "pack-and-install: OpenRouter.Sdk.Client, OpenRouter.Sdk.Client.Testing and the OpenRouter.Sdk.Emulator tool $version install from a local feed and work together"
