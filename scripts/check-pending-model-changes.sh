#!/usr/bin/env bash
# Fails when the model has changes that neither provider's migrations capture (run in CI; the integration
# tests check the same through EF Core's HasPendingModelChanges on both providers).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dotnet tool restore >/dev/null
dotnet restore InkoopPortal.sln >/dev/null
for provider in Sqlite Postgres; do
  echo "== $provider"
  dotnet ef migrations has-pending-model-changes \
    --project "src/InkoopPortal.Migrations.$provider" \
    --startup-project "src/InkoopPortal.Migrations.$provider" \
    --context PortalDbContext
done
