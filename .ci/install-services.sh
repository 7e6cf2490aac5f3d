#!/usr/bin/env bash
# Install the system services the test suite talks to. Idempotent: safe to run again.
# Needs root (or passwordless sudo). Our tests start their own Dovecot on a free loopback port,
# so the distribution's dovecot service is stopped and disabled to keep ports 143/993 free.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive

need=()
command -v dovecot >/dev/null 2>&1 || [ -x /usr/sbin/dovecot ] || need+=(dovecot-imapd)
# Other rooms' services (the register on PostgreSQL, the review app's browser tests):
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || need+=(chromium)

if [ "${#need[@]}" -gt 0 ]; then
  # One update per run, and only when something is missing.
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
else
  echo "install-services: dovecot, postgresql and chromium already installed"
fi

# The packaged Dovecot must not hold ports or start at boot on a CI box; tests run their own.
if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
  $SUDO systemctl disable --now dovecot.service >/dev/null 2>&1 || true
elif command -v service >/dev/null 2>&1; then
  $SUDO service dovecot stop >/dev/null 2>&1 || true
  command -v update-rc.d >/dev/null 2>&1 && $SUDO update-rc.d dovecot disable >/dev/null 2>&1 || true
fi

# The packaged PostgreSQL cluster is not used either: .ci/start-postgres.sh starts a throwaway cluster
# on a free loopback port for the register tests (`.ci/run` does that before `make test`).
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "install-services: PostgreSQL $(ls -d /usr/lib/postgresql/*/ | xargs -n1 basename | sort -V | tail -1) server binaries ready"
fi

if [ -x /usr/sbin/dovecot ] || command -v dovecot >/dev/null 2>&1; then
  echo "install-services: $(dovecot --version 2>/dev/null || /usr/sbin/dovecot --version) ready (system service stopped)"
fi
