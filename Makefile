# evidenced - build, test and run.
#
#   make run     install missing deps, build, scan the bundled example share
#   make check   install missing deps, build with ASan/UBSan, run every test
#   make bench   benchmarks (bench/), figures as ratios against baselines
#
# Objects of the normal build go to build/, of the sanitizer build to
# build-asan/.  Every src/*.c except the programs' mains is one module of
# libevidenced.a; every tests/test_*.c is one cmocka test program.

PKGS     := libmagic libpcre2-8 json-c inih libarchive expat glib-2.0 mupdf
CC       ?= cc
WARN     := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes
CSTD     := -std=gnu11 -D_GNU_SOURCE
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
# Debian ships MuPDF only as static archives: link what they need.
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null) \
	$(shell pkg-config --static --libs mupdf 2>/dev/null)
CMOCKA_LIBS := $(shell pkg-config --libs cmocka 2>/dev/null)
CFLAGS   ?= -O2 -g
ALL_CFLAGS = $(CSTD) $(WARN) -Iinclude $(PKG_CFLAGS) $(CFLAGS) -MMD -MP
ASAN_FLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

PROGRAMS := evidencectl
MAIN_SRCS := $(PROGRAMS:%=src/%.c)
LIB_SRCS := $(filter-out $(MAIN_SRCS),$(wildcard src/*.c))
TEST_SRCS := $(wildcard tests/test_*.c)

LIB_OBJS  := $(LIB_SRCS:src/%.c=build/%.o)
ALIB_OBJS := $(LIB_SRCS:src/%.c=build-asan/%.o)
TESTS     := $(TEST_SRCS:tests/%.c=build-asan/tests/%)

SHARE    ?= examples/share
LEVEL    ?= 2

PREFIX   ?= /usr
DESTDIR  ?=
RULESDIR := $(PREFIX)/share/evidenced/rules
UNITDIR  ?= /lib/systemd/system

.PHONY: all deps deps-check run check unit blackbox bench clean asan install
all: deps $(PROGRAMS:%=build/%)

deps:
	@sh scripts/deps.sh build
deps-check:
	@sh scripts/deps.sh check

build/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c $< -o $@
build-asan/%.o: src/%.c
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

build-asan/tests/%: tests/%.c build-asan/libevidenced.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(ASAN_FLAGS) -o $@ $< build-asan/libevidenced.a $(PKG_LIBS) $(CMOCKA_LIBS)

asan: $(PROGRAMS:%=build-asan/%) $(TESTS)

run: all
	./build/evidencectl scan $(SHARE) --rules rules --level $(LEVEL)

# Unit tests run from the repository root so they find tests/data and rules.
unit: deps-check asan
	@pass=0; fail=0; for t in $(TESTS); do echo "== $$t"; \
	  if ASAN_OPTIONS=detect_leaks=1 $$t; then pass=$$((pass+1)); \
	  else fail=$$((fail+1)); echo "FAIL $$t"; fi; done; \
	  echo "unit: $$pass passed, $$fail failed"; [ $$fail -eq 0 ]

blackbox: deps-check asan all
	@sh tests/blackbox/run.sh

check: deps-check
	@$(MAKE) --no-print-directory unit
	@$(MAKE) --no-print-directory blackbox
	@$(MAKE) --no-print-directory fuzz-smoke

build/extract_inproc: bench/extract_inproc.c build/libevidenced.a
	$(CC) $(ALL_CFLAGS) -o $@ $< build/libevidenced.a $(PKG_LIBS)

bench: all build/extract_inproc
	@sh scripts/deps.sh bench
	@sh bench/run.sh

# Defaults compiled into the programs follow PREFIX.
build/evidencectl.o: CFLAGS += -DDEFAULT_RULES='"$(RULESDIR)"'

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(RULESDIR) \
	    $(DESTDIR)/etc/evidenced/rules.d $(DESTDIR)$(UNITDIR) \
	    $(DESTDIR)$(PREFIX)/share/doc/evidenced/examples
	install -m 0755 build/evidencectl $(DESTDIR)$(PREFIX)/bin/
	install -d $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 0644 doc/evidencectl.1 $(DESTDIR)$(PREFIX)/share/man/man1/
	install -m 0644 rules/*.rules $(DESTDIR)$(RULESDIR)/
	install -m 0644 systemd/*.service systemd/*.timer $(DESTDIR)$(UNITDIR)/
	install -m 0644 README.md doc/rules.md $(DESTDIR)$(PREFIX)/share/doc/evidenced/
	install -m 0644 examples/rules.d/*.rules examples/evidenced.conf \
	    $(DESTDIR)$(PREFIX)/share/doc/evidenced/examples/

clean:
	rm -rf build build-asan

-include $(LIB_OBJS:.o=.d) $(ALIB_OBJS:.o=.d) $(MAIN_SRCS:src/%.c=build/%.d)
-include fuzz/fuzz.mk
