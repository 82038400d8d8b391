# SPDX-License-Identifier: AGPL-3.0-or-later
# t_workers.sh - files parsed in sandboxed workers give exactly the status,
# the warnings and the text that parsing in process gives, on the fixtures
# and the example share; and workers are really used (without the worker
# program a scan fails rather than parse in process).
. "$(dirname "$0")/lib.sh"

printf '[workers]\nworkers = 0\n' > "$TMP/w0.conf"
printf '[workers]\nworkers = 2\n' > "$TMP/w2.conf"
cp -r "$TOP/examples/share" "$TMP/share"

# strip FILE: the document without its generation time.
strip() {
	python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d.pop("generated_at",None); print(json.dumps(d,sort_keys=True,ensure_ascii=False))' "$1"
}

for dir in "$TOP/tests/data" "$TMP/share"; do
	for w in 0 2; do
		ectl -c "$TMP/w$w.conf" scan "$dir" --json > "$TMP/s$w.json" \
		    2> "$TMP/e$w" || die "scan $dir with $w workers failed: $(cat "$TMP/e$w")"
		strip "$TMP/s$w.json" > "$TMP/n$w.json"
		sort "$TMP/e$w" > "$TMP/e$w.sorted"
	done
	cmp -s "$TMP/n0.json" "$TMP/n2.json" ||
		die "$dir: status differs between 0 and 2 workers: $(diff "$TMP/n0.json" "$TMP/n2.json" | head -c 600)"
	cmp -s "$TMP/e0.sorted" "$TMP/e2.sorted" ||
		die "$dir: warnings differ: $(diff "$TMP/e0.sorted" "$TMP/e2.sorted")"
	ok "$(basename "$dir"): same status and warnings with 2 workers as in process"
done

f="$TOP/tests/data/text/policy.doc"
for w in 0 2; do
	ectl -c "$TMP/w$w.conf" --share "$TOP/tests/data" text --raw "$f" > "$TMP/t$w" ||
		die "text with $w workers failed"
	ectl -c "$TMP/w$w.conf" --share "$TOP/tests/data" explain --json "$f" > "$TMP/x$w" ||
		die "explain with $w workers failed"
done
[ -s "$TMP/t0" ] || die "no text from $f"
cmp -s "$TMP/t0" "$TMP/t2" || die "text differs between in process and a worker"
cmp -s "$TMP/x0" "$TMP/x2" || die "explain differs between in process and a worker"
ok "text --raw and explain of a .doc (catdoc in the sandbox) as in process"

if EVIDENCED_WORKER=/nonexistent ectl -c "$TMP/w2.conf" scan "$TMP/share" \
    --json > /dev/null 2> "$TMP/err"; then
	die "a scan without the worker program succeeded"
fi
grep -q 'extraction workers' "$TMP/err" || die "no reason given: $(cat "$TMP/err")"
# --quiet keeps errors: the missing worker is named, the share not blamed.
if EVIDENCED_WORKER=/nonexistent ectl --quiet -c "$TMP/w2.conf" scan \
    "$TMP/share" --json > /dev/null 2> "$TMP/err"; then
	die "a quiet scan without the worker program succeeded"
fi
grep -q 'error: cannot run the extraction worker /nonexistent' "$TMP/err" ||
	die "quiet: the missing worker is not named: $(cat "$TMP/err")"
grep -q "cannot scan $TMP/share" "$TMP/err" ||
	die "quiet: no failed scan reported: $(cat "$TMP/err")"
EVIDENCED_WORKER=/nonexistent ectl -c "$TMP/w0.conf" scan "$TMP/share" \
    --json > /dev/null || die "workers = 0 needs no worker program"
ok "the scan parses in workers, never silently in process"

# As the shipped unit runs it: the service user with CAP_DAC_READ_SEARCH
# as an ambient capability reads files private to root, the .doc (catdoc
# reads a private copy, the worker has no capability left) included.
if [ "$(id -u)" -eq 0 ] && command -v setpriv > /dev/null; then
	mkdir "$TMP/private"
	cp "$TOP/tests/data/text/policy.doc" "$TMP/private/"
	printf '服务级别协议\n' > "$TMP/private/a.txt"
	chmod 600 "$TMP/private"/*
	chmod 755 "$TMP" "$TMP/private"
	setpriv --reuid=65534 --regid=65534 --clear-groups \
	    --inh-caps=+dac_read_search --ambient-caps=+dac_read_search \
	    "$EVIDENCECTL" --rules "$TOP/rules" --no-site-rules \
	    -c "$TMP/w2.conf" scan "$TMP/private" --json > "$TMP/p.json" \
	    2> "$TMP/perr" || die "scan as nobody failed: $(cat "$TMP/perr")"
	[ ! -s "$TMP/perr" ] || die "warnings: $(cat "$TMP/perr")"
	n=$(json_get "$TMP/p.json" "d['files_indexed']")
	[ "$n" -eq 2 ] || die "indexed $n files, want 2"
	ok "unprivileged user with CAP_DAC_READ_SEARCH: private files read in workers"
fi
