# SPDX-License-Identifier: AGPL-3.0-or-later
# t_samba.sh - evidence written through a real Samba server: smbd from
# Debian on a loopback high port with `vfs objects = recycle`, the real
# evidenced watching the exported directory, smbclient uploading,
# renaming a folder and deleting.  A file deleted over SMB lands in
# .recycle and must count as missing, not covered.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/daemon_lib.sh"

command -v smbd >/dev/null && command -v smbclient >/dev/null ||
	die "smbd and smbclient are needed (scripts/deps.sh check installs them)"

S=$TMP/smb
mkdir -p "$S/lock" "$S/state" "$S/cache" "$S/private" "$S/pid" "$S/log"
port=$((40000 + $$ % 20000))
cat > "$S/smb.conf" <<EOC
[global]
  smb ports = $port
  bind interfaces only = yes
  interfaces = lo
  lock directory = $S/lock
  state directory = $S/state
  cache directory = $S/cache
  private dir = $S/private
  pid directory = $S/pid
  ncalrpc dir = $S/state/ncalrpc
  log file = $S/log/smbd.log
  passdb backend = tdbsam:$S/private/passdb.tdb
  disable spoolss = yes
  load printers = no
  printcap name = /dev/null
  server role = standalone server
  map to guest = never
[ev]
  path = $SHARE
  read only = no
  vfs objects = recycle
  recycle:repository = .recycle
  recycle:keeptree = yes
  recycle:versions = yes
EOC
printf 'pw\npw\n' | smbpasswd -c "$S/smb.conf" -a -s "$(id -un)" > /dev/null ||
	die "smbpasswd failed"
# Its own session: smbd signals its whole process group when it stops.
setsid smbd --foreground --no-process-group -s "$S/smb.conf" > "$S/smbd.out" 2>&1 &
SMBD=$!
trap '[ -n "$DPID" ] && kill -9 "$DPID" 2>/dev/null; kill "$SMBD" 2>/dev/null; chmod -R u+rwx "$TMP" 2>/dev/null; rm -rf "$TMP"' EXIT INT TERM
smb() { smbclient -p "$port" //127.0.0.1/ev -U "$(id -un)%pw" -c "$1" > "$TMP/smb.out" 2>&1 ||
	die "smbclient '$1': $(tail -3 "$TMP/smb.out"; tail -5 "$S/log/smbd.log")"; }

# The example share without its SLA: clause 35 is not covered.
cp -r "$TOP/examples/share/." "$SHARE/"
cp "$SHARE/04-服务协议/SLA/服务级别协议-XX银行-2026.docx" "$TMP/sla.docx"
rm -rf "$SHARE/04-服务协议/SLA"
start_daemon
wait_for "state(d,'35')!='covered'" || die "35 covered without an SLA"
for i in $(seq 50); do smbclient -p "$port" //127.0.0.1/ev -U "$(id -un)%pw" -c ls >/dev/null 2>&1 && break; sleep 0.2; done

smb "mkdir 合同; cd 合同; lcd $TMP; put sla.docx 服务级别协议-2026.docx"
wait_for "files(d,'35','sla')==['合同/服务级别协议-2026.docx']" ||
	die "upload over SMB not seen: $(json_get "$STATUS" "files(d,'35','sla')")"
ok "an upload through smbd counts"

smb "rename 合同 协议"
wait_for "files(d,'35','sla')==['协议/服务级别协议-2026.docx']" ||
	die "folder rename over SMB not followed"
ok "a folder renamed over SMB is followed"

smb "cd 协议; del 服务级别协议-2026.docx"
[ -f "$SHARE/.recycle/协议/服务级别协议-2026.docx" ] || die "smbd did not recycle the file"
wait_for "state(d,'35')!='covered' and files(d,'35','sla')==[]" ||
	die "deleted to .recycle over SMB still counts"
ok "deleted over SMB into .recycle: missing, not covered"
same_as_scan
ok "status equals a scan of the exported directory"
stop_daemon
