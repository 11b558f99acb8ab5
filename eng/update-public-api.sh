#!/usr/bin/env bash
# Regenerates src/OpenRouter.Sdk/PublicAPI.Unshipped.txt from the code: every public type and member that is not in
# PublicAPI.Shipped.txt. Run it after changing the public API on purpose, then review the diff of the file.
# The file is rebuilt from empty, so renamed and removed members disappear too (RS0017 has no automatic fix).
# Usage: eng/update-public-api.sh            (takes a few minutes: the analyzer runs once per target framework)
set -euo pipefail
cd "$(dirname "$0")/.."

project=src/OpenRouter.Sdk/OpenRouter.Sdk.csproj
unshipped=src/OpenRouter.Sdk/PublicAPI.Unshipped.txt

dotnet restore "$project" >/dev/null
printf '#nullable enable\n' >"$unshipped"
# RS0016 (declare new API) and RS0037 (nullable annotations) carry the analyzer's code fix that writes the entries.
dotnet format analyzers "$project" --no-restore --diagnostics RS0016 RS0037 --severity info

# Keep the header first and the entries in ordinal order, so regenerating on another branch yields a small diff.
{ printf '#nullable enable\n'; grep -v '^#nullable enable$' "$unshipped" | grep -v '^$' | LC_ALL=C sort -u; } >"$unshipped.tmp"
mv "$unshipped.tmp" "$unshipped"
echo "update-public-api: $(($(wc -l <"$unshipped") - 1)) entries in $unshipped"
