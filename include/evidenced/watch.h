/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * watch.h - follow the share with inotify (libinotifytools) and turn the
 * kernel's events into engine operations at the right moment.
 *
 * What the library does (recursive watches, wd -> path) is used as is;
 * what it does not do is here:
 *   - a directory created and filled before its watch exists is walked
 *     right after its watch is added (`mkdir -p a/b/c` + files at once);
 *   - IN_MOVED_FROM/IN_MOVED_TO are paired by cookie: a rename within
 *     the share re-keys records (engine_move_path), nothing is re-read;
 *     an unpaired MOVED_FROM is a move out (a removal), an unpaired
 *     MOVED_TO a move in (a scan); the watches of a moved directory are
 *     renamed or dropped with it;
 *   - settling: a path is handed to the engine once it has been closed
 *     and quiet for the settle time, so a save through a temporary file
 *     and a rename (Word, WPS, LibreOffice, smbd) gives one update;
 *   - IN_Q_OVERFLOW asks for a full rescan; ENOSPC from
 *     inotify_add_watch (the watch limit) is reported and the share is
 *     then rescanned periodically instead;
 *   - the share root deleted, moved or unmounted is reported, and the
 *     watch is set up again when it returns.
 * Read, open and access events are never subscribed to: the daemon's
 * own reads must not create work.
 *
 * libinotifytools keeps its state in globals: there can be one struct
 * watch per process.
 */
#ifndef EVIDENCED_WATCH_H
#define EVIDENCED_WATCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "evidenced/engine.h"

struct watch;

struct watch_stats {
	size_t watched_dirs;    /* watches held */
	bool unwatched;         /* the watch limit was hit somewhere */
	bool overflowed;        /* events were lost: a rescan is due */
	bool root_gone;         /* the share root is not being watched */
	size_t events;          /* events read so far */
	size_t updates;         /* engine operations made so far */
};

/*
 * Watch root (an absolute path) recursively, except the directories e
 * ignores (recycle bins; e is borrowed and must outlive the watch).  settle_ms: how long a path
 * must be quiet after its last write before it is read.  0 and *out, or
 * a negative errno (-ENOSPC is not returned: the watch is kept, partial,
 * and watch_stats says so).
 */
int watch_new(const char *root, struct engine *e, unsigned settle_ms,
    struct watch **out);
void watch_free(struct watch *w);

/* The descriptor to poll for events. */
int watch_fd(const struct watch *w);

/*
 * Read every event available now (non-blocking) and apply it: moves go
 * to the engine at once, other changes wait to settle.  now_ms is a
 * monotonic clock.  0 or -ENOMEM.
 */
int watch_read(struct watch *w, struct engine *e, int64_t now_ms);

/*
 * Hand the engine every path whose settle time has passed, and treat
 * unpaired moves that waited long enough.  *did is set to how many
 * engine operations were made.  0 or -ENOMEM.
 */
int watch_process(struct watch *w, struct engine *e, int64_t now_ms,
    size_t *did);

/* Milliseconds until watch_process() has work, or -1 when nothing is
 * pending. */
int watch_timeout(const struct watch *w, int64_t now_ms);

/* True when nothing waits to settle: a status written now is a settled
 * one. */
bool watch_idle(const struct watch *w);

/*
 * How relpath (raw) left the share, asked while the engine removes its
 * record (from an engine observer): "deleted" or "moved_out" when the
 * event being settled says so for relpath or a directory above it, NULL
 * when no event tells (a rescan found it gone).
 */
const char *watch_gone_cause(const struct watch *w, const char *relpath);

/* The share root came back (or the watch limit was raised): set the
 * watches up again from scratch.  0 or a negative errno. */
int watch_restart(struct watch *w);

/* Forget an overflow after the rescan it asked for. */
void watch_clear_overflow(struct watch *w);

void watch_get_stats(const struct watch *w, struct watch_stats *st);

#endif
