#!/usr/bin/env bash
# Writes the untracked files an overlay's secretGenerator reads, under k8s/overlays/<overlay>/secrets/. Generates what
# can be generated (the token signing key, the service client secret, the data keys, the local SMSC password); leaves
# the rest blank for you to fill in. Never overwrites a file that exists. Needs openssl and python3.
#
#   k8s/make-secrets.sh local     # ready to use: blank MONGODB_URI = in-process MongoDB in each pod
#   k8s/make-secrets.sh prod      # then fill in what it lists
set -euo pipefail

overlay=${1:-}
case $overlay in
  local | prod) ;;
  *) echo "usage: $0 local|prod" >&2; exit 2 ;;
esac
dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/overlays/$overlay/secrets"
umask 077

# Writes $1 from stdin unless it exists.
create() {
  local file="$dir/$1"
  if [[ -e $file ]]; then
    cat >/dev/null
    echo "kept    $file"
  else
    cat >"$file"
    echo "created $file"
  fi
}

# Base64 of 32 random bytes: an AES-256 key.
data_key() { openssl rand -base64 32; }

# An RSA key for RS256 as a private JWK, the format the gateway reads (JWT_SIGNING_KEY_FILE).
signing_key() {
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 2>/dev/null |
    openssl rsa -traditional -outform DER 2>/dev/null |
    python3 -c '
import base64, json, sys, uuid

der = sys.stdin.buffer.read()

def read(at):  # one DER element: (tag, content, next offset)
    tag, length = der[at], der[at + 1]
    at += 2
    if length & 0x80:
        size = length & 0x7F
        length = int.from_bytes(der[at:at + size], "big")
        at += size
    return tag, der[at:at + length], at + length

_, body, _ = read(0)  # RSAPrivateKey ::= SEQUENCE { version, n, e, d, p, q, dp, dq, qi }
der, at, numbers = body, 0, []
while at < len(der):
    _, value, at = read(at)
    numbers.append(int.from_bytes(value, "big"))

def b64(n):
    return base64.urlsafe_b64encode(n.to_bytes((n.bit_length() + 7) // 8, "big")).rstrip(b"=").decode()

names = ["n", "e", "d", "p", "q", "dp", "dq", "qi"]
jwk = {"kty": "RSA", "use": "sig", "alg": "RS256", "kid": str(uuid.uuid4())}
jwk.update({name: b64(value) for name, value in zip(names, numbers[1:])})
print(json.dumps(jwk))
'
}

mongo() {  # the MONGODB_URI line for one database
  if [[ $overlay == local ]]; then
    echo "# Blank: an in-process MongoDB in the pod (data lost with it). Or mongodb://…/$1 for a real one."
  else
    echo "# Required: mongodb://<user>:<password>@<hosts>/$1?replicaSet=<name>&authSource=admin"
  fi
  echo "MONGODB_URI="
}

mkdir -p "$dir"
signing_key | create jwt-signing-key.json
mongo gateway | create gateway.env
mongo disclosure | create disclosure-service.env
{
  echo "# Shared by the gateway and complaint-service: the secret of the client-credentials grant (role SERVICE)."
  echo "SERVICE_CLIENT_SECRET=$(openssl rand -hex 32)"
} | create service-client.env
{ mongo complaint; echo "COMPLAINT_DATA_KEY=$(data_key)"; } | create complaint-service.env
{
  mongo sms
  if [[ $overlay == local ]]; then
    echo "# The embedded SMSC accepts this password."
    echo "SMPP_PASSWORD=$(openssl rand -hex 16)"
  else
    echo "# Required: the password of the SMPP account (SMPP_SYSTEM_ID in ../settings/external-services.yaml)."
    echo "SMPP_PASSWORD="
  fi
  echo "SMS_ENCRYPTION_KEY=$(data_key)"
} | create sms-service.env
if [[ $overlay == prod ]]; then
  {
    echo "# Blank when the cluster needs no API key."
    echo "ELASTICSEARCH_API_KEY="
  } | create search-service.env
  # Blank here would not fail the render, only the pods: say so now.
  blank=$(cd "$dir" && grep -lE '^(MONGODB_URI|SMPP_PASSWORD)=$' ./*.env || true)
  if [[ -n $blank ]]; then
    echo "Still to fill in (MONGODB_URI, SMPP_PASSWORD) in:"
    echo "$blank" | sed "s|^\./|  $dir/|"
  fi
fi
