#!/usr/bin/env bash
# Runs every check: unit and slice tests, integration tests on real embedded stores (MongoDB wire
# server, Elasticsearch node, SMSC), the end-to-end suite that starts the real processes, and a
# render of every Kubernetes overlay. Installs what the tests need first when run as root.
#
#   ./test.sh                 everything
#   ./test.sh -pl gateway     extra arguments go to Maven (here: one module)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$ROOT"
. "$ROOT/scripts/lib.sh"

# Debian packages the tests use: Chromium and its driver for the browser tests, Chinese fonts for
# readable screenshots, redis-server for the Redis-backed limits, wrk for the benchmarks.
PACKAGES=(chromium chromium-driver fonts-wqy-microhei redis-server wrk)

install_packages() {
  local missing=() package
  for package in "${PACKAGES[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  ((${#missing[@]})) || return 0
  if [[ $(id -u) -ne 0 ]]; then
    say "Not root: cannot install ${missing[*]}; tests that need them will say so."
    return 0
  fi
  say "Installing ${missing[*]}…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

render_manifests() {
  if ! command -v kubectl >/dev/null; then
    fail "kubectl is needed to render k8s/ (kubectl kustomize)"
  fi
  local dir
  for dir in k8s/tests/*; do
    [[ -f $dir/kustomization.yaml ]] || continue
    kubectl kustomize "$dir" >/dev/null || fail "kustomize could not render $dir"
    say "rendered $dir"
  done
  # Overlays read untracked secret files; k8s/tests/<overlay> renders everything else they hold.
  for dir in k8s/overlays/*; do
    [[ -f $dir/kustomization.yaml ]] || continue
    compgen -G "$dir/secrets/*.env" >/dev/null || { say "skipped $dir (no secret files; see k8s/README.md)"; continue; }
    kubectl kustomize "$dir" >/dev/null || fail "kustomize could not render $dir"
    say "rendered $dir"
  done
}

install_packages
use_jdk
say "Java: $("$JAVA_HOME/bin/java" -version 2>&1 | head -n1)"
began=$SECONDS
mvn -B -ntp verify "$@"
render_manifests
say "All checks passed in $((SECONDS - began))s."
