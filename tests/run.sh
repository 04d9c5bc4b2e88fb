#!/usr/bin/env bash
# The project's test command: installs what the slow tiers need (tests/setup.sh), then runs every test
# of Inkstone.slnx. Arguments go to dotnet test. While working, leave the slow tiers out with dotnet test
# itself, which needs no set-up:
#   dotnet test Inkstone.slnx --filter "Category!=Browser&Category!=Engines&Category!=Slow&Category!=Deploy&Category!=Differential"
set -euo pipefail
cd "$(dirname "$0")/.."

tests/setup.sh
exec dotnet test Inkstone.slnx "$@"
