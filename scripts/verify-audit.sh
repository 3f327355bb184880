#!/usr/bin/env bash
# Verifies every service's audit trail (the hash chain in its own database) and prints one line per
# service with the head sequence and hash: keep those outside the platform, since a chain can only
# show that an entry inside it was changed or removed, not that its newest entries were cut off.
#
#   scripts/verify-audit.sh            uses the ADMIN account in $DATA_DIR/demo-credentials.txt
#   AUDIT_USER=… AUDIT_PASSWORD=… scripts/verify-audit.sh
# Exit status: 0 all intact, 1 a chain is broken, 2 could not ask.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/scripts/lib.sh"
DATA_DIR=$(absolute "${DATA_DIR:-$ROOT/data}")
GATEWAY_PORT=${GATEWAY_PORT:-8080}

user=${AUDIT_USER:-} password=${AUDIT_PASSWORD:-}
if [[ -z $user ]]; then
  read -r user password < <(awk -F'\t' '$3 ~ /ADMIN/ {print $1, $2; exit}' "$DATA_DIR/demo-credentials.txt") ||
    { echo "no ADMIN account in $DATA_DIR/demo-credentials.txt; set AUDIT_USER and AUDIT_PASSWORD" >&2; exit 2; }
fi
token=$(curl -s -m 10 -H 'Content-Type: application/json' \
  -d "{\"username\":\"$user\",\"password\":\"$password\"}" "http://127.0.0.1:$GATEWAY_PORT/api/auth/token" |
  sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[[ -n $token ]] || { echo "sign-in as $user failed" >&2; exit 2; }

status=0
printf '%-20s %-8s %-8s %-66s %s\n' SERVICE INTACT ENTRIES HEAD PROBLEM
for entry in disclosure-service:${DISCLOSURE_PORT:-8081} complaint-service:${COMPLAINT_PORT:-8082} \
  sms-service:${SMS_PORT:-8083}; do
  service=${entry%%:*} port=${entry##*:}
  answer=$(curl -s -m 120 -H "Authorization: Bearer $token" "http://127.0.0.1:$port/audit/verification") || answer=
  intact=$(sed -n 's/.*"intact":\([a-z]*\).*/\1/p' <<<"$answer")
  if [[ -z $intact ]]; then
    printf '%-20s %-8s\n' "$service" "NO ANSWER"; status=2; continue
  fi
  printf '%-20s %-8s %-8s %-66s %s\n' "$service" "$intact" \
    "$(sed -n 's/.*"entries":\([0-9]*\).*/\1/p' <<<"$answer")" \
    "$(sed -n 's/.*"headSequence":\([0-9]*\).*/\1/p' <<<"$answer"):$(sed -n 's/.*"headHash":"\([0-9a-f]*\)".*/\1/p' <<<"$answer")" \
    "$(sed -n 's/.*"problem":"\([^"]*\)".*/\1/p' <<<"$answer")"
  [[ $intact == true ]] || status=1
done
exit $status
