/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * notify.c - alerts to the journal, alerts.jsonl, a hook and sendmail;
 * the Prometheus textfile (see notify.h).
 *
 * Nothing here may block the daemon's loop: the log line is one small
 * append, children get their input from a memfd (never a pipe that could
 * fill) and /dev/null as output (a hook printing megabytes costs nothing),
 * and are reaped by the loop, killed at their timeout.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <systemd/sd-journal.h>

#include "evidenced/dates.h"
#include "evidenced/log.h"
#include "evidenced/notify.h"
#include "evidenced/pathname.h"
#include "evidenced/status.h"

extern char **environ;

struct child {
	pid_t pid;
	int64_t deadline;       /* ms, CLOCK_MONOTONIC */
	const char *what;       /* "alert_command" or "sendmail" */
};

struct notify {
	char *log_path, *command, *mail_to, *sendmail;
	unsigned timeout;
	bool journal;
	unsigned long long log_max;
	unsigned log_keep;
	struct child children[NOTIFY_MAX_CHILDREN];
	size_t n_children;
	size_t sent, killed, dropped;
	bool log_failed;        /* alerts.jsonl: logged once */
};

/* Take o's settings (copied); n's children are left as they are. */
static int
configure(struct notify *n, const struct notify_options *o)
{
	char *log_path = o->log_path ? strdup(o->log_path) : NULL;
	char *command = o->command ? strdup(o->command) : NULL;
	char *mail_to = o->mail_to ? strdup(o->mail_to) : NULL;
	char *sendmail = strdup(o->sendmail ? o->sendmail : NOTIFY_SENDMAIL);

	if ((o->log_path && !log_path) || (o->command && !command) ||
	    (o->mail_to && !mail_to) || !sendmail) {
		free(log_path);
		free(command);
		free(mail_to);
		free(sendmail);
		return -ENOMEM;
	}
	free(n->log_path);
	free(n->command);
	free(n->mail_to);
	free(n->sendmail);
	n->log_path = log_path;
	n->command = command;
	n->mail_to = mail_to;
	n->sendmail = sendmail;
	n->timeout = o->timeout > 0 ? o->timeout : 10;
	n->journal = o->journal;
	n->log_max = o->log_max;
	n->log_keep = o->log_keep > 0 ? o->log_keep : 1;
	return 0;
}

int
notify_new(const struct notify_options *o, struct notify **out)
{
	struct notify *n = calloc(1, sizeof(*n));

	*out = NULL;
	if (n == NULL)
		return -ENOMEM;
	if (configure(n, o) < 0) {
		notify_free(n);
		return -ENOMEM;
	}
	*out = n;
	return 0;
}

int
notify_reconfigure(struct notify *n, const struct notify_options *o)
{
	return configure(n, o);
}

void
notify_free(struct notify *n)
{
	size_t i;

	if (n == NULL)
		return;
	for (i = 0; i < n->n_children; i++) {
		kill(-n->children[i].pid, SIGKILL);
		waitpid(n->children[i].pid, NULL, 0);
	}
	free(n->log_path);
	free(n->command);
	free(n->mail_to);
	free(n->sendmail);
	free(n);
}

size_t
notify_sent(const struct notify *n)
{
	return n->sent;
}

size_t
notify_running(const struct notify *n)
{
	return n->n_children;
}

size_t
notify_killed(const struct notify *n)
{
	return n->killed;
}

int64_t
notify_deadline(const struct notify *n)
{
	int64_t t = INT64_MAX;
	size_t i;

	for (i = 0; i < n->n_children; i++)
		if (n->children[i].deadline < t)
			t = n->children[i].deadline;
	return t;
}

void
notify_reap(struct notify *n, int64_t now_ms)
{
	size_t i = 0;
	int st;

	while (i < n->n_children) {
		struct child *c = &n->children[i];
		pid_t r = waitpid(c->pid, &st, WNOHANG);

		if (r == 0 && now_ms >= c->deadline) {
			/* The group: a shell's children go too. */
			log_warnx("%s (pid %ld) still running after %us: "
			    "killed", c->what, (long)c->pid, n->timeout);
			kill(-c->pid, SIGKILL);
			kill(c->pid, SIGKILL);
			n->killed++;
			r = waitpid(c->pid, &st, 0);
		}
		if (r == 0) {
			i++;
			continue;
		}
		if (r > 0 && WIFEXITED(st) && WEXITSTATUS(st) != 0)
			log_warnx("%s exited %d", c->what, WEXITSTATUS(st));
		*c = n->children[--n->n_children];
	}
}

/* A memfd holding len bytes of data, at offset 0: the child's stdin. */
static int
memfd_with(const char *data, size_t len)
{
	int fd = memfd_create("evidenced-alert", MFD_CLOEXEC);
	size_t off = 0;
	ssize_t w;

	if (fd < 0)
		return -1;
	while (off < len) {
		w = write(fd, data + off, len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			close(fd);
			return -1;
		}
		off += (size_t)w;
	}
	if (lseek(fd, 0, SEEK_SET) < 0) {
		close(fd);
		return -1;
	}
	return fd;
}

/*
 * Start argv with input on stdin, output to /dev/null, in a process
 * group of its own, with default signal dispositions and an empty mask
 * (the daemon blocks the signals its signalfd reads, and ignores
 * SIGPIPE: neither must leak into the hook).
 */
static void
spawn(struct notify *n, const char *what, char *const argv[],
    char *const envp[], const char *input, int64_t now_ms)
{
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t at;
	sigset_t none, all;
	pid_t pid;
	int fd, rc;

	if (n->n_children == NOTIFY_MAX_CHILDREN) {
		if (n->dropped++ == 0)
			log_warnx("%s: %d children still running: alert not "
			    "handed over (said once)", what,
			    NOTIFY_MAX_CHILDREN);
		return;
	}
	if ((fd = memfd_with(input, strlen(input))) < 0) {
		log_warn("%s: memfd", what);
		return;
	}
	sigemptyset(&none);
	sigfillset(&all);
	sigdelset(&all, SIGKILL);
	sigdelset(&all, SIGSTOP);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, fd, 0);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_adddup2(&fa, 1, 2);
	posix_spawnattr_init(&at);
	posix_spawnattr_setflags(&at, POSIX_SPAWN_SETPGROUP |
	    POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
	posix_spawnattr_setpgroup(&at, 0);
	posix_spawnattr_setsigmask(&at, &none);
	posix_spawnattr_setsigdefault(&at, &all);
	rc = posix_spawn(&pid, argv[0], &fa, &at, argv, envp);
	posix_spawnattr_destroy(&at);
	posix_spawn_file_actions_destroy(&fa);
	close(fd);
	if (rc != 0) {
		log_warnx("%s: cannot run %s: %s", what, argv[0],
		    strerror(rc));
		return;
	}
	n->children[n->n_children].pid = pid;
	n->children[n->n_children].what = what;
	n->children[n->n_children].deadline = now_ms +
	    (int64_t)n->timeout * 1000;
	n->n_children++;
}

static char *
files_joined(const struct alert *al, const char *sep)
{
	GString *s = g_string_new(NULL);
	size_t i;

	for (i = 0; i < al->n_files; i++)
		g_string_append_printf(s, "%s%s", i ? sep : "", al->files[i]);
	return g_string_free(s, FALSE);
}

static void
run_hook(struct notify *n, const struct alert *al, const char *json,
    int64_t now_ms)
{
	char *argv[] = { "/bin/sh", "-c", n->command, NULL };
	GPtrArray *env = g_ptr_array_new_with_free_func(g_free);
	char *files = files_joined(al, "\n"), buf[32], **e;

	for (e = environ; *e != NULL; e++)
		if (strncmp(*e, "EVIDENCED_", 10) != 0)
			g_ptr_array_add(env, g_strdup(*e));
	g_ptr_array_add(env, g_strdup_printf("EVIDENCED_TIME=%s",
	    dates_rfc3339(al->time, buf, sizeof(buf))));
	g_ptr_array_add(env, g_strdup_printf("EVIDENCED_CLAUSE=%s",
	    al->clause));
	g_ptr_array_add(env, g_strdup_printf("EVIDENCED_PHASE=%s",
	    al->phase));
	g_ptr_array_add(env, g_strdup_printf("EVIDENCED_ITEM=%s", al->item));
	g_ptr_array_add(env, g_strdup_printf("EVIDENCED_FROM=%s", al->from));
	g_ptr_array_add(env, g_strdup_printf("EVIDENCED_TO=%s", al->to));
	g_ptr_array_add(env, g_strdup_printf("EVIDENCED_KIND=%s", al->kind));
	g_ptr_array_add(env, g_strdup_printf("EVIDENCED_CAUSE=%s",
	    al->cause));
	g_ptr_array_add(env, g_strdup_printf("EVIDENCED_FILES=%s", files));
	g_ptr_array_add(env, NULL);
	spawn(n, "alert_command", argv, (char **)env->pdata, json, now_ms);
	g_ptr_array_free(env, TRUE);
	g_free(files);
}

static char *
subject(const struct alert *al)
{
	if (strcmp(al->kind, "expires_soon") == 0)
		return g_strdup_printf("clause %s item %s expires soon",
		    al->clause, al->item);
	return g_strdup_printf("clause %s %s: %s -> %s", al->clause,
	    al->kind, al->from, al->to);
}

static void
send_mail(struct notify *n, const struct alert *al, const char *json,
    int64_t now_ms)
{
	char *argv[] = { n->sendmail, "-t", "-i", NULL };
	char *subj = subject(al), *files = files_joined(al, "\n  ");
	char *safe_files = pathname_escape(files), *msg, *safe_subj;

	/* Header injection: only what the configuration says, no newline. */
	if (strpbrk(n->mail_to, "\r\n") != NULL) {
		log_warnx("mail_to holds a newline: no mail");
		goto out;
	}
	safe_subj = pathname_escape(subj);
	msg = g_strdup_printf("To: %s\nSubject: [evidenced] %s\n"
	    "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n"
	    "条款 clause: %s (%s)\n证据项 item: %s\n%s -> %s (%s)\n"
	    "原因 cause: %s\n文件 files:\n  %s\n\n%s\n", n->mail_to,
	    safe_subj ? safe_subj : "", al->clause, al->phase, al->item,
	    al->from, al->to, al->kind, al->cause,
	    safe_files ? safe_files : "", json);
	spawn(n, "sendmail", argv, environ, msg, now_ms);
	g_free(msg);
	free(safe_subj);
out:
	free(safe_files);
	g_free(files);
	g_free(subj);
}

/*
 * alerts.jsonl grew past log_max: alerts.jsonl.1 ... .keep shift up (the
 * oldest goes), the log is hard-linked as .1 and an empty file renamed
 * over it, so that the name always holds whole lines: a reader that
 * opened the log before reads on in .1, one that opens it after finds
 * the new file.  Without hard links, a rename (the name is missing for
 * an instant).
 */
static void
rotate_log(struct notify *n)
{
	char *from, *to, *tmp;
	unsigned i;
	int fd;

	for (i = n->log_keep; i > 1; i--) {
		from = g_strdup_printf("%s.%u", n->log_path, i - 1);
		to = g_strdup_printf("%s.%u", n->log_path, i);
		(void)rename(from, to);
		g_free(from);
		g_free(to);
	}
	to = g_strdup_printf("%s.1", n->log_path);
	(void)unlink(to);
	if (link(n->log_path, to) < 0) {
		if (rename(n->log_path, to) < 0)
			log_warn("%s: cannot rotate", n->log_path);
		g_free(to);
		return;
	}
	g_free(to);
	tmp = g_strdup_printf("%s.XXXXXX", n->log_path);
	fd = g_mkstemp_full(tmp, O_RDWR | O_CLOEXEC, 0640);
	if (fd >= 0) {
		(void)fchmod(fd, 0640);
		close(fd);
		if (rename(tmp, n->log_path) == 0) {
			g_free(tmp);
			return;
		}
		unlink(tmp);
	}
	/* No new file: drop the name (.1 holds the old lines, the same
	 * inode), the append creates it. */
	(void)unlink(n->log_path);
	g_free(tmp);
}

static void
append_log(struct notify *n, const char *json)
{
	char *line = g_strdup_printf("%s\n", json);
	size_t len = strlen(line);
	ssize_t w = -1;
	struct stat st;
	int fd;

	if (n->log_max > 0 && stat(n->log_path, &st) == 0 &&
	    S_ISREG(st.st_mode) && st.st_size > 0 &&
	    (unsigned long long)st.st_size + len > n->log_max)
		rotate_log(n);
	fd = open(n->log_path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC |
	    O_NOFOLLOW, 0640);
	/* One write with O_APPEND: a line is never interleaved or torn by
	 * a reader; a short write (full disk) is cut back. */
	if (fd >= 0) {
		if (fstat(fd, &st) == 0 &&
		    (w = write(fd, line, len)) != (ssize_t)len && w > 0)
			(void)ftruncate(fd, st.st_size);
		close(fd);
	}
	if (w != (ssize_t)len) {
		if (!n->log_failed)
			log_warn("%s: cannot append the alert (said once; "
			    "the lines before it are kept)", n->log_path);
		n->log_failed = true;
	} else {
		if (n->log_failed)
			log_info("%s: alerts appended again", n->log_path);
		n->log_failed = false;
	}
	g_free(line);
}

static void
to_journal(struct notify *n, const struct alert *al)
{
	char *files = files_joined(al, ", ");
	bool bad = strcmp(al->kind, "resolved") != 0;

	if (n->journal)
		sd_journal_send("MESSAGE=clause %s item %s: %s -> %s (%s: %s)",
		    al->clause, al->item, al->from, al->to, al->cause, files,
		    "MESSAGE_ID=%s", NOTIFY_MESSAGE_ID,
		    "PRIORITY=%d", bad ? 4 : 5,
		    "CLAUSE=%s", al->clause, "ITEM=%s", al->item,
		    "FILE=%s", al->n_files ? al->files[0] : "",
		    "CAUSE=%s", al->cause, "FROM=%s", al->from,
		    "TO=%s", al->to, "KIND=%s", al->kind,
		    "SYSLOG_IDENTIFIER=evidenced", NULL);
	else if (bad)
		log_warnx("alert: clause %s item %s: %s -> %s (%s: %s)",
		    al->clause, al->item, al->from, al->to, al->cause, files);
	else
		log_info("alert: clause %s item %s: %s -> %s (%s: %s)",
		    al->clause, al->item, al->from, al->to, al->cause, files);
	g_free(files);
}

int
notify_send(struct notify *n, const struct alert *al, int64_t now_ms)
{
	struct json_object *o = alert_json(al);
	const char *json;

	if (o == NULL)
		return -ENOMEM;
	json = json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN |
	    JSON_C_TO_STRING_NOSLASHESCAPE);
	to_journal(n, al);
	if (n->log_path != NULL)
		append_log(n, json);
	if (n->command != NULL)
		run_hook(n, al, json, now_ms);
	if (n->mail_to != NULL)
		send_mail(n, al, json, now_ms);
	n->sent++;
	json_object_put(o);
	return 0;
}

/* ---- Prometheus textfile --------------------------------------------- */


/* A label value: backslash, quote and newline escaped (exposition
 * format); other bytes as they are (UTF-8 is fine). */
static void
label(GString *s, const char *name, const char *v, bool last)
{
	g_string_append_printf(s, "%s=\"", name);
	for (; *v != '\0'; v++) {
		if (*v == '\\' || *v == '"')
			g_string_append_c(s, '\\');
		if (*v == '\n')
			g_string_append(s, "\\n");
		else
			g_string_append_c(s, *v);
	}
	g_string_append(s, last ? "\"}" : "\",");
}

static void
help(GString *s, const char *name, const char *type, const char *text)
{
	g_string_append_printf(s, "# HELP %s %s\n# TYPE %s %s\n", name, text,
	    name, type);
}

int
notify_metrics_write(struct json_object *doc, size_t alerts_sent,
    const char *path)
{
	static const char *const states[] = { "covered", "partial", "missing",
	    "stale", "not_applicable" };
	struct json_object *cl = status_arr(doc, "clauses"), *pr, *v = NULL;
	GString *s = g_string_new(NULL);
	GError *err = NULL;
	size_t i, j, unreadable = 0;
	time_t gen = 0;
	int rc = 0;

	help(s, "evidenced_clause_state", "gauge", "1 for the state each "
	    "clause is in, 0 for the others");
	for (i = 0; i < status_len(cl); i++) {
		struct json_object *c = json_object_array_get_idx(cl, i);

		for (j = 0; j < sizeof(states) / sizeof(states[0]); j++) {
			g_string_append(s, "evidenced_clause_state{");
			label(s, "clause", status_str(c, "id"), false);
			label(s, "phase", status_str(c, "phase"), false);
			label(s, "state", states[j], true);
			g_string_append_printf(s, " %d\n",
			    strcmp(status_str(c, "state"), states[j]) == 0);
		}
	}
	help(s, "evidenced_item_expires_at_timestamp_seconds", "gauge",
	    "when a found item goes stale by its files' age");
	for (i = 0; i < status_len(cl); i++) {
		struct json_object *c = json_object_array_get_idx(cl, i);
		struct json_object *ev = status_arr(c, "evidence");

		for (j = 0; j < status_len(ev); j++) {
			struct json_object *it = json_object_array_get_idx(ev,
			    j);
			time_t t;

			if (dates_parse_iso(status_str(it, "expires_at"), &t) < 0)
				continue;
			g_string_append(s, "evidenced_item_expires_at_"
			    "timestamp_seconds{");
			label(s, "clause", status_str(c, "id"), false);
			label(s, "item", status_str(it, "id"), true);
			g_string_append_printf(s, " %lld\n", (long long)t);
		}
	}
	pr = status_arr(doc, "problems");
	for (i = 0; i < status_len(pr); i++)
		if (strncmp(status_str(json_object_array_get_idx(pr, i), "problem"),
		    "unreadable", 10) == 0)
			unreadable++;
	if (json_object_object_get_ex(doc, "files_indexed", &v) == 0)
		v = NULL;
	help(s, "evidenced_files_classified", "gauge", "files indexed");
	g_string_append_printf(s, "evidenced_files_classified %lld\n",
	    v != NULL ? (long long)json_object_get_int64(v) : 0LL);
	help(s, "evidenced_unreadable_files", "gauge", "files whose text "
	    "could not be read");
	g_string_append_printf(s, "evidenced_unreadable_files %zu\n",
	    unreadable);
	help(s, "evidenced_problems", "gauge", "problems in the status");
	g_string_append_printf(s, "evidenced_problems %zu\n", status_len(pr));
	(void)dates_parse_iso(status_str(doc, "generated_at"), &gen);
	help(s, "evidenced_last_scan_timestamp_seconds", "gauge", "when the "
	    "status was computed");
	g_string_append_printf(s, "evidenced_last_scan_timestamp_seconds "
	    "%lld\n", (long long)gen);
	v = NULL;
	json_object_object_get_ex(doc, "share_unavailable", &v);
	help(s, "evidenced_share_unavailable", "gauge", "1 while the share "
	    "is gone (last known states)");
	g_string_append_printf(s, "evidenced_share_unavailable %d\n",
	    v != NULL && json_object_get_boolean(v));
	help(s, "evidenced_alerts_sent_total", "counter", "alerts sent since "
	    "the daemon started");
	g_string_append_printf(s, "evidenced_alerts_sent_total %zu\n",
	    alerts_sent);
	/* Temporary file and rename: node_exporter never reads half. */
	if (!g_file_set_contents_full(path, s->str, (gssize)s->len,
	    G_FILE_SET_CONTENTS_CONSISTENT, 0644, &err)) {
		/* GLib's codes are not errnos; the message says it all. */
		log_debug("%s: %s", path, err != NULL ? err->message : "?");
		rc = -EIO;
		g_clear_error(&err);
	}
	g_string_free(s, TRUE);
	return rc;
}
