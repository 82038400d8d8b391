# SPDX-License-Identifier: AGPL-3.0-or-later
# fuzz.mk - libFuzzer targets (fuzz/fuzz_*.c), included by the Makefile.
#
#   make fuzz          build every target into build-fuzz/ and seed its
#                      corpus (build-fuzz/corpus/NAME) from tests/data/
#   make fuzz-regress  replay fuzz/regress/NAME/ through each target in the
#                      ASan build (gcc, no libFuzzer needed)
#   make fuzz-smoke    fuzz-regress, then each target FUZZ_SECONDS (8)
#   make fuzz-run FUZZ_TARGETS="pdf" FUZZ_SECONDS=600   fuzz for real
#
# The library is compiled again with clang and -fsanitize=fuzzer-no-link
# (coverage feedback) plus ASan and UBSan, with the project's warnings;
# MuPDF and the other libraries are linked as the normal build links them
# (PKG_LIBS), uninstrumented.  A new target is one file: fuzz/fuzz_NAME.c
# with its fuzz-seeds: line (fuzz/fuzz.h).

FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 8
FUZZ_SAN     := -fsanitize=address,undefined -fno-sanitize-recover=undefined
FUZZ_CFLAGS  := $(CSTD) $(WARN) -Iinclude -Isrc -Ifuzz $(PKG_CFLAGS) \
	-O1 -g -fno-omit-frame-pointer $(FUZZ_SAN)
FUZZ_NAMES   := $(patsubst fuzz/fuzz_%.c,%,$(wildcard fuzz/fuzz_*.c))
FUZZ_TARGETS ?= $(FUZZ_NAMES)
FUZZ_BINS    := $(FUZZ_NAMES:%=build-fuzz/fuzz_%)
# Replays only for targets with committed regressions: each is a 40 MB link.
FUZZ_REGRESS := $(filter $(FUZZ_NAMES),$(notdir $(wildcard fuzz/regress/*)))
FUZZ_REPLAYS := $(FUZZ_REGRESS:%=build-asan/fuzz/fuzz_%-replay)
FUZZ_LIB_OBJS := $(LIB_SRCS:src/%.c=build-fuzz/obj/%.o)

.PHONY: fuzz fuzz-regress fuzz-smoke fuzz-run fuzz-clean
.PRECIOUS: build-fuzz/obj/fuzz/%.o

build-fuzz/obj/%.o: src/%.c
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -MMD -MP -c $< -o $@
build-fuzz/obj/fuzz/%.o: fuzz/%.c
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -MMD -MP -c $< -o $@
build-fuzz/libevidenced.a: $(FUZZ_LIB_OBJS)
	rm -f $@; ar rcs $@ $^
build-fuzz/fuzz_%: build-fuzz/obj/fuzz/fuzz_%.o build-fuzz/obj/fuzz/fuzz.o \
    build-fuzz/libevidenced.a
	$(FUZZ_CC) $(FUZZ_SAN) -fsanitize=fuzzer -o $@ $^ $(PKG_LIBS)

# The same target without libFuzzer: fuzz/replay.c gives it a main().
build-asan/fuzz/fuzz_%-replay: fuzz/fuzz_%.c fuzz/fuzz.c fuzz/replay.c \
    fuzz/fuzz.h build-asan/libevidenced.a
	@mkdir -p $(@D)
	$(CC) $(CSTD) $(WARN) -Iinclude -Ifuzz $(PKG_CFLAGS) $(ASAN_FLAGS) \
	    -o $@ fuzz/fuzz_$*.c fuzz/fuzz.c fuzz/replay.c \
	    build-asan/libevidenced.a $(PKG_LIBS)

fuzz: $(FUZZ_BINS)
	@sh fuzz/run.sh seed $(FUZZ_NAMES)

fuzz-regress: $(FUZZ_REPLAYS)
	@for n in $(FUZZ_REGRESS); do \
	  ASAN_OPTIONS=detect_leaks=1 build-asan/fuzz/fuzz_$$n-replay \
	    fuzz/regress/$$n 2>build-asan/fuzz/$$n-replay.log || \
	    { echo "FAIL fuzz-regress: $$n"; tail -30 \
	      build-asan/fuzz/$$n-replay.log; exit 1; }; \
	  echo "fuzz-regress: $$n: $$(ls fuzz/regress/$$n | wc -l) inputs ok"; \
	done

# Skipped (not failed) where clang has no libFuzzer: the regressions
# above still ran.
fuzz-smoke: fuzz-regress
	@if sh fuzz/run.sh have-libfuzzer; then \
	  $(MAKE) --no-print-directory fuzz >/dev/null && \
	  sh fuzz/run.sh smoke $(FUZZ_SECONDS) $(FUZZ_TARGETS); \
	else echo "fuzz-smoke: skipped: $(FUZZ_CC) cannot link" \
	  "-fsanitize=fuzzer (scripts/deps.sh check installs it)"; fi

fuzz-run: fuzz
	@sh fuzz/run.sh run $(FUZZ_SECONDS) $(FUZZ_TARGETS)

fuzz-clean:
	rm -rf build-fuzz build-asan/fuzz

-include $(FUZZ_LIB_OBJS:.o=.d) $(FUZZ_NAMES:%=build-fuzz/obj/fuzz/fuzz_%.d) \
	build-fuzz/obj/fuzz/fuzz.d
