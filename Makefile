# SPDX-License-Identifier: AGPL-3.0-or-later
# evidenced - build, test and run.
#
#   make run      install missing deps, build, scan the bundled example share
#   make check    install missing deps, build with ASan/UBSan, run every test
#   make deps     install the missing build deps (apt-get; DEPS=check|bench|fixtures for more)
#   make          build only (never installs packages: says what is missing)
#   make install  PREFIX=/usr DESTDIR= ; make uninstall removes what it put there
#   make bench    benchmarks (bench/), figures as ratios against baselines;
#                 installs the reference tools it compares with
#
# Only run, check, bench and deps call scripts/deps.sh to install; each then
# runs the build in a new make, so that pkg-config is asked after the -dev
# packages are there.  pkg-config is never run while this file is parsed:
# the PKG_* variables are recursively expanded (=) and evaluated when a
# recipe uses them.
#
# Objects of the normal build go to build/, of the sanitizer build to
# build-asan/.  Every src/*.c except the programs' mains and evidencectl's
# own files (src/ctl_*.c, linked into it alone) is one module of
# libevidenced.a; every tests/test_*.c is one cmocka test program.

# pkg-config names of the libraries every program links; add here.
PKGS      = libmagic libpcre2-8 json-c inih libarchive expat glib-2.0 mupdf \
	libsystemd xlsxwriter sqlite3 zlib libseccomp uchardet
# Libraries without a pkg-config file in Debian.
NOPC_LIBS = -linotifytools
# One main per program: src/NAME.c -> build/NAME; add here.
PROGRAMS  = evidencectl evidenced
# Programs the others start, installed in LIBEXECDIR (never on PATH).
LIBEXEC_PROGRAMS = evidenced-worker

CC       ?= cc
STRIP    ?= strip
WARN      = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes
CSTD      = -std=gnu11 -D_GNU_SOURCE
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
# Debian ships MuPDF only as static archives: link what they need.
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null) $(NOPC_LIBS) \
	$(shell pkg-config --static --libs mupdf 2>/dev/null)
CMOCKA_LIBS = $(shell pkg-config --libs cmocka 2>/dev/null)
CFLAGS   ?= -O2 -g
ALL_CFLAGS = $(CSTD) $(WARN) -Iinclude $(PKG_CFLAGS) $(CFLAGS) -MMD -MP
ASAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

MAIN_SRCS = $(PROGRAMS:%=src/%.c) $(LIBEXEC_PROGRAMS:%=src/%.c)
CTL_SRCS  = $(wildcard src/ctl_*.c)
LIB_SRCS  = $(filter-out $(MAIN_SRCS) $(CTL_SRCS),$(wildcard src/*.c))
TEST_SRCS = $(wildcard tests/test_*.c)

LIB_OBJS  = $(LIB_SRCS:src/%.c=build/%.o)
ALIB_OBJS = $(LIB_SRCS:src/%.c=build-asan/%.o)
TESTS     = $(TEST_SRCS:tests/%.c=build-asan/tests/%)

SHARE    ?= examples/share
LEVEL    ?= 2
DEPS     ?= build
# make install runs systemd-sysusers and daemon-reload when DESTDIR is empty
# and systemd is running; POSTINSTALL=no skips that (tests, packaging).
POSTINSTALL ?= yes

# Installation.  Configuration and state stay in /etc and /var whatever
# PREFIX is (the units and the README name them); everything else follows
# PREFIX.  The unit directory is systemd's own for PREFIX=/usr, else
# PREFIX/lib/systemd/system, which systemd also reads.
PREFIX   ?= /usr
DESTDIR  ?=
SYSCONFDIR ?= /etc
STATEDIR ?= /var/lib/evidenced
BINDIR    = $(PREFIX)/bin
DATADIR   = $(PREFIX)/share/evidenced
RULESDIR  = $(DATADIR)/rules
LIBEXECDIR = $(PREFIX)/libexec/evidenced
DOCDIR    = $(PREFIX)/share/doc/evidenced
MANDIR    = $(PREFIX)/share/man
CONFDIR   = $(SYSCONFDIR)/evidenced
SD_PKGCONFIG = pkg-config $(if $(filter /usr,$(PREFIX)),,--define-variable=prefix=$(PREFIX) --define-variable=root_prefix=$(PREFIX))
SD_FALLBACK  = $(if $(filter /usr,$(PREFIX)),,$(PREFIX))
UNITDIR  ?= $(or $(shell $(SD_PKGCONFIG) --variable=systemdsystemunitdir systemd 2>/dev/null),$(SD_FALLBACK)/lib/systemd/system)
SYSUSERSDIR ?= $(or $(shell $(SD_PKGCONFIG) --variable=sysusersdir systemd 2>/dev/null),$(PREFIX)/lib/sysusers.d)

# The defaults compiled into every program.  SOURCE_DIR lets a binary that
# runs from the tree it was built in use that tree's rules/ (see README).
PATH_DEFS = -DDEFAULT_RULES='"$(RULESDIR)"' \
	-DDEFAULT_SITE_RULES='"$(CONFDIR)/rules.d"' \
	-DDEFAULT_CONFIG='"$(CONFDIR)/evidenced.conf"' \
	-DDEFAULT_STATUS='"$(STATEDIR)/status.json"' \
	-DDEFAULT_STATE_DIR='"$(STATEDIR)"' \
	-DLIBEXECDIR='"$(LIBEXECDIR)"' \
	-DSOURCE_DIR='"$(CURDIR)"'

.PHONY: all deps deps-verify deps-verify-check run check unit blackbox bench clean asan \
	install uninstall FORCE
all: $(PROGRAMS:%=build/%) $(LIBEXEC_PROGRAMS:%=build/%)

deps:
	@sh scripts/deps.sh $(DEPS)
# Builds only verify: a build never installs packages.
deps-verify:
	@sh scripts/deps.sh --verify build
deps-verify-check:
	@sh scripts/deps.sh --verify check

# The main objects are rebuilt when a compiled-in path changes (make
# install PREFIX=/usr/local after a plain make).
build/paths.stamp: FORCE
	@mkdir -p $(@D)
	@echo '$(PATH_DEFS)' | cmp -s - $@ || echo '$(PATH_DEFS)' > $@
PATH_OBJS = $(PROGRAMS:%=build/%.o) $(PROGRAMS:%=build-asan/%.o) \
	build/pool.o build-asan/pool.o
$(PATH_OBJS): build/paths.stamp
$(PATH_OBJS): ALL_CFLAGS += $(PATH_DEFS)

build/%.o: src/%.c | deps-verify
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c $< -o $@
build-asan/%.o: src/%.c | deps-verify
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(ASAN_FLAGS) -c $< -o $@

build/libevidenced.a: $(LIB_OBJS)
	rm -f $@; ar rcs $@ $^
build-asan/libevidenced.a: $(ALIB_OBJS)
	rm -f $@; ar rcs $@ $^

build/%: build/%.o build/libevidenced.a
	$(CC) $(CFLAGS) -o $@ $^ $(PKG_LIBS)
build-asan/%: build-asan/%.o build-asan/libevidenced.a
	$(CC) $(ASAN_FLAGS) -o $@ $^ $(PKG_LIBS)
# evidencectl's own objects come before the library they call.
build/evidencectl: build/evidencectl.o $(CTL_SRCS:src/%.c=build/%.o) \
    build/libevidenced.a
	$(CC) $(CFLAGS) -o $@ $^ $(PKG_LIBS)
build-asan/evidencectl: build-asan/evidencectl.o \
    $(CTL_SRCS:src/%.c=build-asan/%.o) build-asan/libevidenced.a
	$(CC) $(ASAN_FLAGS) -o $@ $^ $(PKG_LIBS)

build-asan/tests/%: tests/%.c build-asan/libevidenced.a | deps-verify-check
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(ASAN_FLAGS) -o $@ $< build-asan/libevidenced.a $(PKG_LIBS) $(CMOCKA_LIBS)

.PRECIOUS: build/%.o build-asan/%.o

asan: $(PROGRAMS:%=build-asan/%) $(LIBEXEC_PROGRAMS:%=build-asan/%) $(TESTS)

# The worker is never a sanitizer build (ASan's shadow memory does not fit
# its RLIMIT_AS, LSan's tracer not its seccomp filter): the sanitizer
# programs find the normal one next to them.  evidenced-worker-test also
# honours the WORKER_TEST_* requests of tests/test_pool.c.
build-asan/evidenced-worker: build/evidenced-worker
	@mkdir -p $(@D)
	ln -sf ../build/evidenced-worker $@
build/evidenced-worker-test: src/evidenced-worker.c build/libevidenced.a
	$(CC) $(ALL_CFLAGS) -DEVIDENCED_TEST_HOOKS -o $@ $< build/libevidenced.a $(PKG_LIBS)
$(TESTS): build/evidenced-worker build/evidenced-worker-test

# The daemon in the foreground on the example share, state and status
# under build/, until Ctrl-C.  In another terminal:
#   ./build/evidencectl --status build/status.json status
# SHARE may hold spaces and CJK (SHARE="/tmp/资质 材料" make run).
run:
	@sh scripts/deps.sh build
	@$(MAKE) --no-print-directory all
	@mkdir -p build/state
	./build/evidenced --foreground --config examples/evidenced.conf \
	    --share "$(SHARE)" --level "$(LEVEL)" \
	    --state-dir build/state --status build/status.json \
	    --pid-file build/evidenced.pid

# Unit tests run from the repository root so they find tests/data and rules.
unit: asan
	@pass=0; fail=0; for t in $(TESTS); do echo "== $$t"; \
	  if ASAN_OPTIONS=detect_leaks=1 $$t; then pass=$$((pass+1)); \
	  else fail=$$((fail+1)); echo "FAIL $$t"; fi; done; \
	  echo "unit: $$pass passed, $$fail failed"; [ $$fail -eq 0 ]

blackbox: asan all
	@sh tests/blackbox/run.sh

check:
	@sh scripts/deps.sh check
	@$(MAKE) --no-print-directory unit
	@$(MAKE) --no-print-directory blackbox
	@$(MAKE) --no-print-directory fuzz-smoke

build/extract_inproc: bench/extract_inproc.c build/libevidenced.a
	$(CC) $(ALL_CFLAGS) -o $@ $< build/libevidenced.a $(PKG_LIBS)

build/state_bench: bench/state_bench.c build/libevidenced.a
	$(CC) $(ALL_CFLAGS) -o $@ $< build/libevidenced.a $(PKG_LIBS)

bench:
	@sh scripts/deps.sh bench
	@$(MAKE) --no-print-directory all build/extract_inproc build/state_bench
	@sh bench/run.sh

# The state database trusts a stored judgement only from the same sources.
SOURCE_ID = $(shell cat src/*.c src/*.h include/evidenced/*.h | sha256sum | cut -c1-16)
build/state.o build-asan/state.o: $(wildcard src/*.c src/*.h include/evidenced/*.h)
build/state.o build-asan/state.o: ALL_CFLAGS += -DEVIDENCED_SOURCE_ID='"$(SOURCE_ID)"'
# Stored facts are believed only from the same extraction code: a file
# whose facts another build made is read again (facts.h).
FACTS_SRCS = src/extract*.c src/extract_impl.h src/zipxml.[ch] src/filetype.c \
	src/inspect.c src/pathname.c src/textnorm.c src/dates.c src/facts.c \
	include/evidenced/extract.h include/evidenced/filetype.h \
	include/evidenced/inspect.h include/evidenced/pathname.h \
	include/evidenced/textnorm.h include/evidenced/dates.h \
	include/evidenced/facts.h
FACTS_ID = $(shell cat $(FACTS_SRCS) | sha256sum | cut -c1-16)
build/facts.o build-asan/facts.o: $(wildcard $(FACTS_SRCS))
build/facts.o build-asan/facts.o: ALL_CFLAGS += -DEVIDENCED_FACTS_ID='"$(FACTS_ID)"'

# Binaries are installed stripped (build/ keeps the debug info).  The
# configuration is installed only when there is none: never overwritten.
# Units name the installed binary and documentation, whatever PREFIX is.
install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(RULESDIR) \
	    $(DESTDIR)$(CONFDIR)/rules.d $(DESTDIR)$(UNITDIR) \
	    $(DESTDIR)$(SYSUSERSDIR) $(DESTDIR)$(DOCDIR)/examples
	for p in $(PROGRAMS); do \
	    install -m 0755 build/$$p $(DESTDIR)$(BINDIR)/$$p && \
	    $(STRIP) --strip-unneeded $(DESTDIR)$(BINDIR)/$$p || exit 1; done
	install -d $(DESTDIR)$(LIBEXECDIR)
	for p in $(LIBEXEC_PROGRAMS); do \
	    install -m 0755 build/$$p $(DESTDIR)$(LIBEXECDIR)/$$p && \
	    $(STRIP) --strip-unneeded $(DESTDIR)$(LIBEXECDIR)/$$p || exit 1; done
	for m in doc/*.[1-8]; do install -d $(DESTDIR)$(MANDIR)/man$${m##*.} && \
	    install -m 0644 $$m $(DESTDIR)$(MANDIR)/man$${m##*.}/ || exit 1; done
	install -m 0644 rules/*.rules $(DESTDIR)$(RULESDIR)/
	for u in systemd/*.service systemd/*.timer; do \
	    sed -e 's|/usr/bin/|$(BINDIR)/|g' \
	        -e 's|/usr/share/doc/evidenced|$(DOCDIR)|g' \
	        -e 's|/var/lib/evidenced|$(STATEDIR)|g' \
	        -e 's|/etc/evidenced|$(CONFDIR)|g' $$u \
	        > $(DESTDIR)$(UNITDIR)/$${u#systemd/} || exit 1; done
	install -m 0644 systemd/sysusers.d/evidenced.conf \
	    $(DESTDIR)$(SYSUSERSDIR)/evidenced.conf
	install -m 0644 README.md LICENSE doc/rules.md $(DESTDIR)$(DOCDIR)/
	install -m 0644 examples/rules.d/*.rules examples/evidenced.conf \
	    $(DESTDIR)$(DOCDIR)/examples/
	[ -e $(DESTDIR)$(CONFDIR)/evidenced.conf ] || \
	    install -m 0644 examples/evidenced.conf $(DESTDIR)$(CONFDIR)/
	@if [ "$(POSTINSTALL)" = yes ] && [ -z "$(DESTDIR)" ] && command -v systemd-sysusers >/dev/null && \
	    [ -d /run/systemd/system ]; then \
	    systemd-sysusers $(SYSUSERSDIR)/evidenced.conf; \
	    systemctl daemon-reload; fi

# Removes what install put there, except the configuration and drop-ins
# when they were changed or added to (purge them by hand) and the state.
uninstall:
	for p in $(PROGRAMS); do rm -f $(DESTDIR)$(BINDIR)/$$p; done
	for p in $(LIBEXEC_PROGRAMS); do rm -f $(DESTDIR)$(LIBEXECDIR)/$$p; done
	-rmdir $(DESTDIR)$(LIBEXECDIR) 2>/dev/null
	for m in doc/*.[1-8]; do \
	    rm -f $(DESTDIR)$(MANDIR)/man$${m##*.}/$${m#doc/}; done
	for u in systemd/*.service systemd/*.timer; do \
	    rm -f $(DESTDIR)$(UNITDIR)/$${u#systemd/}; done
	rm -f $(DESTDIR)$(SYSUSERSDIR)/evidenced.conf
	rm -rf $(DESTDIR)$(DATADIR) $(DESTDIR)$(DOCDIR)
	if cmp -s examples/evidenced.conf $(DESTDIR)$(CONFDIR)/evidenced.conf; \
	    then rm -f $(DESTDIR)$(CONFDIR)/evidenced.conf; fi
	-rmdir $(DESTDIR)$(CONFDIR)/rules.d $(DESTDIR)$(CONFDIR) 2>/dev/null

clean:
	rm -rf build build-asan

FORCE:

-include $(LIB_OBJS:.o=.d) $(ALIB_OBJS:.o=.d) $(MAIN_SRCS:src/%.c=build/%.d) \
	$(MAIN_SRCS:src/%.c=build-asan/%.d) $(CTL_SRCS:src/%.c=build/%.d) \
	$(CTL_SRCS:src/%.c=build-asan/%.d)
-include tests/corpus/corpus.mk
-include fuzz/fuzz.mk
