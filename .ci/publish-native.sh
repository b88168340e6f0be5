#!/usr/bin/env bash
# Builds the form of newsingest that users install for speed: one Native AOT executable (no JIT at start-up), and
# runs the end-to-end tests that start the program as a separate process against that executable.
#
#   .ci/publish-native.sh [OUT]                         # publish only; OUT default artifacts/native
#   .ci/publish-native.sh [OUT] --test [RESULTS_DIR]    # then the process tests against it (TRX into RESULTS_DIR)
#
# Native AOT links with clang and lld: they are installed with apt-get when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-artifacts/native}"
test="${2:-}"
results="${3:-}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v clang >/dev/null || ! command -v ld.lld >/dev/null; then
    echo "installing clang and lld (the Native AOT linker) ..."
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq && $sudo apt-get install -y -qq clang lld >/dev/null
fi

case "$(uname -m)" in
    x86_64) rid=linux-x64 ;;
    aarch64 | arm64) rid=linux-arm64 ;;
    *) echo "no Native AOT build for $(uname -m)"; exit 2 ;;
esac

echo "publishing the Native AOT newsingest ($rid) to $out ..."
dotnet publish src/NewsIngest.Cli -c Release -r "$rid" -p:PublishAot=true -o "$out" --nologo
"$out/newsingest" --version

[ "$test" = "--test" ] || exit 0
echo "end-to-end tests against $out/newsingest ..."
logger=()
[ -n "$results" ] && logger=(--logger "trx;LogFilePrefix=native" --results-directory "$results")
NEWSINGEST_EXE="$(cd "$out" && pwd)/newsingest" dotnet test tests/NewsIngest.Tests --filter "Category=Process" "${logger[@]}"
