# SPDX-License-Identifier: AGPL-3.0-or-later
# t_install.sh - make install / uninstall on a copy of the built tree:
# PREFIX reaches the compiled-in rule path, the units and their directory;
# binaries are stripped; the configuration is installed but never
# overwritten; uninstall removes what install put there.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/readme.sh"

[ -x "$TOP/build/evidencectl" ] || die "no build/evidencectl (make all first)"
# A copy, with the objects' times kept, so that only what depends on PREFIX
# is rebuilt and the checkout's build/ is left alone.
mkdir "$TMP/src"
(cd "$TOP" && cp -a Makefile README.md LICENSE src include rules doc systemd \
	scripts build "$TMP/src/")
mkdir "$TMP/src/examples"
cp -a "$TOP/examples/evidenced.conf" "$TOP/examples/rules.d" "$TMP/src/examples/"

inst() { make -s -C "$TMP/src" POSTINSTALL=no "$@" >"$TMP/make.log" 2>&1 ||
	die "make $*: $(tail -n 20 "$TMP/make.log")"; }

D="$TMP/dest"
inst install DESTDIR="$D" PREFIX=/usr/local
for f in /usr/local/bin/evidencectl /usr/local/share/evidenced/rules/00-defaults.rules \
	/usr/local/share/man/man1/evidencectl.1 /usr/local/share/doc/evidenced/README.md \
	/usr/local/share/doc/evidenced/LICENSE /etc/evidenced/evidenced.conf; do
	[ -f "$D$f" ] || die "not installed: $f"
done
[ -d "$D/etc/evidenced/rules.d" ] || die "no /etc/evidenced/rules.d"
[ ! -e "$D/usr/share" ] && [ ! -e "$D/usr/bin" ] && [ ! -e "$D/lib" ] ||
	die "something went outside PREFIX: $(cd "$D" && find . -maxdepth 3)"
ok "PREFIX=/usr/local DESTDIR: every file under /usr/local (and /etc/evidenced)"

unit=$(find "$D/usr/local" -name evidenced-scan.service)
[ -n "$unit" ] || die "no unit installed"
want=$(pkg-config --define-variable=prefix=/usr/local --define-variable=root_prefix=/usr/local \
	--variable=systemdsystemunitdir systemd 2>/dev/null || echo /usr/local/lib/systemd/system)
[ "$unit" = "$D$want/evidenced-scan.service" ] || die "unit in $unit, want $want"
[ -f "$D$want/evidenced-scan.timer" ] || die "timer not beside the service"
grep -q '^ExecStart=/usr/local/bin/evidencectl ' "$unit" || die "ExecStart: $(grep ExecStart "$unit")"
grep -q '/usr/bin\|/usr/share/doc' "$unit" && die "unit names a /usr path: $unit"
ok "units in $want, ExecStart=/usr/local/bin/evidencectl"

bin="$D/usr/local/bin/evidencectl"
readelf -S "$bin" | grep -q '\.debug_info\|\.symtab' && die "installed binary not stripped"
"$bin" --help | grep -q "/usr/local/share/evidenced/rules" || die "--help names another rule path"
# It really looks there: the rules are not at /usr/local on this machine.
set +e
out=$(cd / && EVIDENCED_CONFIG=/dev/null "$bin" lint 2>&1); rc=$?
set -e
if [ -d /usr/local/share/evidenced/rules ]; then
	[ "$rc" -eq 0 ] || die "lint with an installed /usr/local pack: $out"
else
	echo "$out" | grep -q "/usr/local/share/evidenced/rules" || die "lint looked elsewhere: $out"
fi
ok "stripped binary, compiled-in rules /usr/local/share/evidenced/rules"

inst uninstall DESTDIR="$D" PREFIX=/usr/local
left=$(find "$D" -type f)
[ -z "$left" ] || die "uninstall left: $left"
ok "uninstall removes every file"

inst install DESTDIR="$D" PREFIX=/usr/local
echo "share = /srv/mine" >> "$D/etc/evidenced/evidenced.conf"
inst install DESTDIR="$D" PREFIX=/usr/local
grep -q "share = /srv/mine" "$D/etc/evidenced/evidenced.conf" || die "install overwrote the configuration"
inst uninstall DESTDIR="$D" PREFIX=/usr/local
left=$(cd "$D" && find . -type f)
[ "$left" = "./etc/evidenced/evidenced.conf" ] || die "uninstall of a changed configuration left: $left"
ok "a changed configuration is neither overwritten nor removed"

# Installed for real (a private PREFIX; /etc and /var moved with it): the
# README's examples work with the installed binary and its installed pack,
# the build tree gone.
P="$TMP/p"
inst install PREFIX="$P" SYSCONFDIR="$P/etc" STATEDIR="$P/state"
rm -rf "$TMP/src"
"$P/bin/evidencectl" --help | grep -q "$P/share/evidenced/rules" || die "--help: not the PREFIX pack"
readme_examples "$P/bin" installed
