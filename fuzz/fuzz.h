/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * fuzz.h - what every fuzz target (fuzz/fuzz_*.c) shares.
 *
 * A target is one file fuzz/fuzz_NAME.c defining LLVMFuzzerTestOneInput
 * (and optionally LLVMFuzzerInitialize) with a line
 *
 *   fuzz-seeds: DIR[:EXT,EXT...] ...
 *
 * in its header comment naming the seed files: every file under DIR
 * (from the repository root, recursively) whose name ends in .EXT, or
 * every file when no EXT is given.  An optional fuzz/NAME.dict is the
 * target's libFuzzer dictionary.  fuzz/fuzz.mk builds each target twice:
 * with libFuzzer into build-fuzz/fuzz_NAME, and with fuzz/replay.c into
 * the ASan build, which replays fuzz/regress/NAME/ in make check even
 * without libFuzzer.
 *
 * Targets check the guarantees callers rely on (valid UTF-8, NUL-ended,
 * within limits) and abort() when one breaks, so a broken guarantee is a
 * crash like any other.
 */
#ifndef EVIDENCED_FUZZ_H
#define EVIDENCED_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include "evidenced/extract.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* A memfd holding data[0..size), offset 0; aborts on failure (the
 * harness, not the input, is broken then).  Caller closes it. */
int fuzz_memfd(const uint8_t *data, size_t size);

/* "/proc/self/fd/N" for fd into buf, for APIs that take a path. */
void fuzz_fd_path(int fd, char *buf, size_t size);

/* A NUL-terminated copy of data (NULs inside stay); caller frees. */
char *fuzz_strndup(const uint8_t *data, size_t size);

/* Limits small enough that one input stays well under a second. */
void fuzz_limits(struct extract_limits *lim);

/*
 * Run extract_fd(format) on a memfd of the input and check the result:
 * text NUL-terminated at text_len and not before, no longer than
 * max_text_bytes, valid UTF-8; a title valid UTF-8; a reason for every
 * failure.
 */
void fuzz_extract(const uint8_t *data, size_t size, const char *format);

/* abort() with a message when cond is false. */
#define FUZZ_ASSERT(cond)                                                   \
	((cond) ? (void)0 : fuzz_fail(#cond, __FILE__, __LINE__))
void fuzz_fail(const char *what, const char *file, int line)
    __attribute__((noreturn));

#endif
