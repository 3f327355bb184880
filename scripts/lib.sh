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

# The machine's load when the sourcing script started: a benchmark records it next to its figures.
LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)

# With RECORD set, writes a benchmark's table to bench/results/<date>-<name>.md under a header saying
# when, on which commit and machine, and with which settings it ran. Arguments: name, title,
# settings, table.
record_result() {
  [[ -n ${RECORD:-} ]] || return 0
  local out=bench/results/$(date +%F)-$1.md
  mkdir -p bench/results
  {
    echo "# $2, $(date +%F)"
    echo
    echo "- commit: $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with local changes)')"
    echo "- machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(uname -sr); load average at the start: $LOAD_AT_START"
    echo "- command: \`bench/$1.sh\` ($3)"
    echo
    echo "$4"
  } >"$out"
  say "recorded in $out"
}
