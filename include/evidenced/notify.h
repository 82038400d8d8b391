/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * notify.h - where alerts go (alerts.h makes them), and the Prometheus
 * textfile.
 *
 * Channels: the journal (MESSAGE_ID NOTIFY_MESSAGE_ID, fields CLAUSE=,
 * ITEM=, FILE=, CAUSE=, FROM=, TO=) or a log line when not under systemd;
 * the append-only alerts.jsonl (rotated beyond log_max: alerts.jsonl.1 ...
 * .N, a reader never sees a torn line); an exec hook (/bin/sh -c COMMAND, the
 * alert in EVIDENCED_* variables and as JSON on stdin, output discarded);
 * mail through /usr/sbin/sendmail -t.  Children are started with
 * posix_spawn in their own process group and never waited for: the
 * daemon's loop calls notify_reap() (SIGCHLD through its signalfd, and at
 * notify_deadline(), when a child that outlived its timeout is killed
 * with its whole group).
 */
#ifndef EVIDENCED_NOTIFY_H
#define EVIDENCED_NOTIFY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <json-c/json.h>

#include "evidenced/alerts.h"

/* journalctl MESSAGE_ID=... finds every evidenced alert. */
#define NOTIFY_MESSAGE_ID "9a0e116668664dd4a0e2b65705fe16cc"
#define NOTIFY_SENDMAIL "/usr/sbin/sendmail"
/* Hooks and mails running at once at most; more are dropped (logged). */
#define NOTIFY_MAX_CHILDREN 32

struct notify_options {
	const char *log_path;   /* alerts.jsonl, NULL: none */
	const char *command;    /* NULL: no hook */
	const char *mail_to;    /* NULL: no mail */
	const char *sendmail;   /* NULL: NOTIFY_SENDMAIL */
	unsigned timeout;       /* seconds, for the hook and sendmail */
	bool journal;           /* structured journal entries, else a log line */
	unsigned long long log_max;     /* rotate the log beyond; 0: never */
	unsigned log_keep;      /* log.1 ... log.N kept (at least 1) */
};

struct notify;

/* The strings of o are copied.  0 and *out, or -ENOMEM. */
int notify_new(const struct notify_options *o, struct notify **out);
/* New settings (SIGHUP): the strings of o are copied, children still
 * running keep going.  0, or -ENOMEM with n unchanged. */
int notify_reconfigure(struct notify *n, const struct notify_options *o);
/* Kills (SIGKILL, the group) and reaps children still running. */
void notify_free(struct notify *n);

/* Send al on every channel.  A failing channel is logged once; 0. */
int notify_send(struct notify *n, const struct alert *al, int64_t now_ms);

/* Reap children that ended, kill those past their timeout.  now_ms on
 * CLOCK_MONOTONIC. */
void notify_reap(struct notify *n, int64_t now_ms);

/* The next kill time (ms, CLOCK_MONOTONIC), INT64_MAX when none. */
int64_t notify_deadline(const struct notify *n);

size_t notify_sent(const struct notify *n);    /* alerts sent */
size_t notify_running(const struct notify *n); /* children not reaped */
size_t notify_killed(const struct notify *n);  /* killed at the timeout */

/*
 * The Prometheus textfile of status doc, written atomically to path
 * (temporary file, rename; mode 0644): evidenced_clause_state{clause=,
 * phase=,state=} per clause and state, files classified, unreadable
 * files, problems, the status time, alerts sent, item expiry times.
 * 0 or a negative errno.
 */
int notify_metrics_write(struct json_object *doc, size_t alerts_sent,
    const char *path);

#endif
