#!/usr/bin/env bash
# Runs every test of InkoopPortal: unit, integration (on a real PostgreSQL that the tests start themselves from
# this machine's PostgreSQL binaries, and on SQLite), web tests and end-to-end tests (the app in headless Chromium).
# Installs what a fresh machine lacks (PostgreSQL server binaries, Chromium, nginx) when run as root with apt-get.
set -euo pipefail
cd "$(dirname "$0")"

have_postgres() { [ -n "${INKOOPPORTAL_TEST_POSTGRES:-}" ] || [ -n "${PG_BIN:-}" ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; }
# The end-to-end tests drive Debian's Chromium; Playwright's own browser download is not used.
have_chromium() { [ -x /usr/bin/chromium ]; }
# The proxy test runs two instances behind Debian's nginx.
have_nginx() { [ -x /usr/sbin/nginx ]; }

missing=()
have_postgres || missing+=(postgresql)
have_chromium || missing+=(chromium)
have_nginx || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Ontbreekt voor de tests: ${missing[*]}; installeren met apt-get ..."
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    if ! have_postgres; then
      echo "FOUT: de tests hebben PostgreSQL nodig (initdb in /usr/lib/postgresql/*/bin of PG_BIN)," >&2
      echo "      of INKOOPPORTAL_TEST_POSTGRES met de connection string van een bestaande server." >&2
    fi
    if ! have_chromium; then
      echo "FOUT: Chromium ontbreekt: apt-get install -y chromium (de end-to-end-tests starten /usr/bin/chromium)." >&2
    fi
    if ! have_nginx; then
      echo "FOUT: nginx ontbreekt: apt-get install -y nginx (de proxytest start /usr/sbin/nginx)." >&2
    fi
    exit 1
  fi
fi

results=$(mktemp -d)
status=0
dotnet test InkoopPortal.sln --logger "trx" --results-directory "$results" "$@" || status=$?

# One closing line for every test project together.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  value() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed)))
  skipped=$((skipped + $(value notExecuted)))
done
rm -rf "$results"
echo
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$passed" -eq 0 ]; then
  echo "FOUT: er is geen enkele test uitgevoerd." >&2
  exit 1
fi
exit $status
