#!/bin/sh
# bulwark host baseline for {{name}}: OpenClaw {{agentVersion}} on Node {{nodeVersion}}.
# Generated from the blueprint by bulwark; carries no secret (secrets arrive later as systemd credentials).
set -eu
umask 022
export DEBIAN_FRONTEND=noninteractive
log() { echo "bulwark-baseline: $*"; }

log "packages"
apt-get update -q
apt-get install -y -q --no-install-recommends nginx nftables unattended-upgrades ca-certificates curl xz-utils

log "agent user {{serviceUser}}: no shell, no sudo, no home outside its state directory"
if ! id -u {{serviceUser}} >/dev/null 2>&1; then
    useradd --system --user-group --home-dir {{stateDir}} --no-create-home --shell /usr/sbin/nologin {{serviceUser}}
fi

log "files"
{{files}}

log "kernel, journal, time"
if ! sysctl --system >/dev/null; then
    log "warning: some kernel settings in /etc/sysctl.d were refused; see: sysctl --system"
fi
systemctl restart systemd-journald
systemctl try-restart systemd-timesyncd

log "admin user {{adminUser}}"
{{adminSetup}}

log "ssh"
# Diffie-Hellman group exchange only with moduli of 3072 bits and more (ssh-audit's hardening guide).
awk '$5 >= 3071' /etc/ssh/moduli > /etc/ssh/moduli.bulwark
mv /etc/ssh/moduli.bulwark /etc/ssh/moduli
sshd -t
systemctl try-reload-or-restart ssh

log "firewall"
nft -c -f /etc/nftables.conf
systemctl enable nftables
systemctl restart nftables

log "node {{nodeVersion}} and npm {{npmVersion}}"
download=$(mktemp -d)
fetch_checked() { # URL SHA256 FILE: download, then refuse any other bytes
    curl -fsSL --proto '=https' --tlsv1.2 --retry 3 -o "$3" "$1"
    printf '%s  %s\n' "$2" "$3" | sha256sum --check --strict --quiet -
}
fetch_checked '{{nodeUrl}}' '{{nodeSha256}}' "$download/{{nodeFile}}"
fetch_checked '{{npmUrl}}' '{{npmSha256}}' "$download/{{npmFile}}"
install -d -m 0755 {{nodeDir}} {{npmDir}}
tar -xzf "$download/{{nodeFile}}" -C {{nodeDir}} --strip-components=1 --no-same-owner
tar -xzf "$download/{{npmFile}}" -C {{npmDir}} --strip-components=1 --no-same-owner
rm -rf "$download"

log "openclaw {{agentVersion}}"
install -d -m 0700 -o root -g root {{credentialsDir}}
install -d -m 0755 {{installDir}}
PATH={{nodeDir}}/bin:$PATH npm_config_cache=/var/cache/bulwark-npm \
    {{nodeDir}}/bin/node {{npmDir}}/bin/npm-cli.js install --prefix {{installDir}} --ignore-scripts --omit=dev --no-audit --no-fund --save-exact \
    'openclaw@{{agentVersion}}'
chown -R root:root {{installDir}} {{nodeDir}} {{npmDir}}

log "reverse proxy"
rm -f /etc/nginx/sites-enabled/default
nginx -t
systemctl enable nginx
systemctl reload-or-restart nginx

log "gateway service"
systemctl daemon-reload
systemctl enable {{unitName}}
systemctl restart {{unitName}}
sed -i 's/^BULWARK_BASELINE=pending$/BULWARK_BASELINE=applied/' {{agentRecord}}
log "done; the gateway starts once bulwark deploy has written its credentials"
