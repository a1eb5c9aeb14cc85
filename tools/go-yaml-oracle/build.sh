#!/usr/bin/env sh
# Builds the oracle offline into bin/go-yaml-oracle, against Debian's yaml.v3 source
# (apt-get install -y golang-go golang-gopkg-yaml.v3-dev).
set -eu
cd "$(dirname "$0")"
GOFLAGS=-mod=mod GOPROXY=off GOCACHE="${GOCACHE:-${TMPDIR:-/tmp}/go-yaml-oracle-cache}" go build -o bin/go-yaml-oracle .
