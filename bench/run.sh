#!/usr/bin/env bash
# The matrix and search benchmarks in one command (see bench/README.md):
#   installs wrk, Chromium and PostgreSQL when missing (as root, with apt-get), starts a throw-away PostgreSQL from
#   this machine's binaries in a temp folder, generates the dataset (and its search index), measures, writes
#   bench/results/matrix-<date>.md and bench/results/search-<date>.md and stops PostgreSQL again. Extra arguments go
#   to the benchmark (e.g. --rounds 1 --duration 5 for a quick look; --only search for just the search benchmark;
#   --only import for the import benchmark, which needs no generated dataset; --only codebook for the section
#   mapper's accuracy and timing, which needs no database and no tools: bench/results/codebook-<date>.md; --only pdf
#   for the PDF reader's time and memory, which needs Chromium and no database: bench/results/pdf-<date>.md).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS

codebook_results="bench/results/codebook-$(date +%F).md"
pdf_results="bench/results/pdf-$(date +%F).md"
previous=""
# The results path first, wherever it stands among the arguments (the codebook run below appends to it).
for argument in "$@"; do
  [ "$previous" = "--codebook-results" ] && codebook_results=$argument
  [ "$previous" = "--pdf-results" ] && pdf_results=$argument
  previous=$argument
done
# The benchmarks that need no database: build, run, note the time, stop.
standalone() { # part, results file, the benchmark's arguments
  local part=$1 file=$2
  shift 2
  echo "[run.sh] building (Release) ..."
  dotnet build bench/InkoopPortal.Bench -c Release -v q -nologo >"/tmp/inkoopportal-bench-$part-build.log" 2>&1 || { cat "/tmp/inkoopportal-bench-$part-build.log"; exit 1; }
  dotnet bench/InkoopPortal.Bench/bin/Release/net10.0/InkoopPortal.Bench.dll all "--$part-results" "$file" "$@"
  echo "- bench/run.sh took $((SECONDS - started)) s in all (build and measuring)" >>"$file"
  echo "[run.sh] $file written; the whole run took $((SECONDS - started)) s"
  exit 0
}
previous=""
for argument in "$@"; do
  if [ "$previous" = "--only" ] && [ "$argument" = codebook ]; then
    standalone codebook "$codebook_results" "$@"
  fi
  if [ "$previous" = "--only" ] && [ "$argument" = pdf ]; then
    [ -x /usr/bin/chromium ] || { echo "FOUT: the PDF benchmark needs /usr/bin/chromium (apt-get install -y chromium)." >&2; exit 1; }
    standalone pdf "$pdf_results" "$@"
  fi
  previous=$argument
done

have_tools() { command -v wrk >/dev/null && [ -x /usr/bin/chromium ] && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; }
if ! have_tools; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "[run.sh] installing wrk, chromium and postgresql with apt-get ..."
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk chromium postgresql >/dev/null
  else
    echo "FOUT: the benchmark needs wrk, /usr/bin/chromium and PostgreSQL server binaries (run as root to install them)." >&2
    exit 1
  fi
fi

pg_bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
work=$(mktemp -d /tmp/inkoopportal-bench-XXXXXX)
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres:postgres "$work"

port=55432
while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done

stop_postgres() {
  as_postgres "$pg_bin/pg_ctl" -D "$work/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop_postgres EXIT

echo "[run.sh] starting PostgreSQL ($pg_bin) on 127.0.0.1:$port in $work"
as_postgres "$pg_bin/initdb" -D "$work/data" -U postgres -A trust --encoding=UTF8 --locale=C.UTF-8 --no-sync >/dev/null
as_postgres "$pg_bin/pg_ctl" -D "$work/data" -l "$work/postgres.log" -w -t 60 \
  -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null
"$pg_bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE bench" >/dev/null

echo "[run.sh] building (Release) ..."
dotnet build bench/InkoopPortal.Bench -c Release -v q -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }

results="bench/results/matrix-$(date +%F).md"
search_results="bench/results/search-$(date +%F).md"
import_results="bench/results/import-$(date +%F).md"
only=""
previous=""
for argument in "$@"; do
  [ "$previous" = "--results" ] && results=$argument
  [ "$previous" = "--search-results" ] && search_results=$argument
  [ "$previous" = "--import-results" ] && import_results=$argument
  [ "$previous" = "--only" ] && only=$argument
  previous=$argument
done
status=0
# Standard output is the hosted portal's request log; the benchmark reports its progress on standard error.
dotnet bench/InkoopPortal.Bench/bin/Release/net10.0/InkoopPortal.Bench.dll all \
  --connection "Host=127.0.0.1;Port=$port;Username=postgres;Database=bench" --results "$results" \
  --search-results "$search_results" --import-results "$import_results" "$@" \
  >"$work/portal.log" || status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then
  echo "[run.sh] the benchmark failed ($status); the end of the portal's log:" >&2
  tail -n 40 "$work/portal.log" >&2
  exit "$status"
fi

written=()
if [ "$only" = import ]; then
  written+=("$import_results")
else
  [ "$only" != search ] && written+=("$results")
  [ "$only" != matrix ] && written+=("$search_results")
fi
for file in "${written[@]}"; do
  echo "- bench/run.sh took $((SECONDS - started)) s in all (install check, PostgreSQL, build, generation, measuring)" >>"$file"
done
echo "[run.sh] ${written[*]} written; the whole run took $((SECONDS - started)) s"
exit "$status"
