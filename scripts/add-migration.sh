#!/usr/bin/env bash
# Adds a migration with the same name to both providers' migrations projects, so the two never drift apart.
# Usage: scripts/add-migration.sh <MigrationName>
set -euo pipefail
name=${1:?"Gebruik: scripts/add-migration.sh <MigrationName>"}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dotnet tool restore >/dev/null
dotnet restore InkoopPortal.sln >/dev/null
for provider in Sqlite Postgres; do
  echo "== $provider"
  dotnet ef migrations add "$name" \
    --project "src/InkoopPortal.Migrations.$provider" \
    --startup-project "src/InkoopPortal.Migrations.$provider" \
    --context PortalDbContext \
    --output-dir Migrations
done
