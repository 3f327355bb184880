# Helpers shared by run.sh, test.sh and the benchmarks. Sourced, not run.

say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

fail() { printf '[%s] ERROR: %s\n' "$(date +%H:%M:%S)" "$*" >&2; exit 1; }

absolute() { case $1 in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }

# JDK 25 is required (the in-JVM Elasticsearch node and Lucene need 21+); the machine's default java is 17.
use_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*25*; do
    [[ -n $candidate && -x $candidate/bin/java ]] || continue
    if "$candidate/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
      export JAVA_HOME=$candidate
      export PATH=$JAVA_HOME/bin:$PATH
      return
    fi
  done
  fail "JDK 25 not found: install Temurin 25 (expected at /usr/lib/jvm/temurin-25-jdk-amd64) or set JAVA_HOME"
}

# HTTP status of a GET, or 000 when nothing answers.
http_status() { curl -s -o /dev/null -m 3 -w '%{http_code}' "$1" || true; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
