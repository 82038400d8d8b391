/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * evidenced.c - the daemon: keeps the status document true while the
 * share changes.
 *
 * One process, one poll loop: the inotify descriptor (watch.c), a
 * signalfd (SIGHUP reload, SIGUSR1 rescan, SIGTERM/SIGINT stop) and
 * timers computed from what is pending (settling paths, the next status
 * write, the periodic rescan, the systemd watchdog).  Everything that
 * decides is in the library (engine.c); this file wires it to the
 * system and is the only place, with evidencectl's main, that exits.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <malloc.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>
#include <systemd/sd-daemon.h>

#include "evidenced/alerts.h"
#include "evidenced/config.h"
#include "evidenced/dates.h"
#include "evidenced/engine.h"
#include "evidenced/history.h"
#include "evidenced/log.h"
#include "evidenced/notify.h"
#include "evidenced/paths.h"
#include "evidenced/report.h"
#include "evidenced/scanner.h"
#include "evidenced/status.h"
#include "evidenced/watch.h"

#ifndef EVIDENCED_VERSION
#define EVIDENCED_VERSION "0.1.0"
#endif
#ifndef DEFAULT_RULES
#define DEFAULT_RULES "/usr/share/evidenced/rules"
#endif
#ifndef DEFAULT_SITE_RULES
#define DEFAULT_SITE_RULES "/etc/evidenced/rules.d"
#endif
#ifndef DEFAULT_CONFIG
#define DEFAULT_CONFIG "/etc/evidenced/evidenced.conf"
#endif
#ifndef DEFAULT_STATUS
#define DEFAULT_STATUS "/var/lib/evidenced/status.json"
#endif
#ifndef DEFAULT_STATE_DIR
#define DEFAULT_STATE_DIR "/var/lib/evidenced"
#endif
#ifndef DEFAULT_PID_FILE
#define DEFAULT_PID_FILE "/run/evidenced/evidenced.pid"
#endif
#ifndef SOURCE_DIR
#define SOURCE_DIR ""           /* the tree the binary was built in */
#endif
#define DEFAULT_LEVEL 2
#define MAX_SITE_DIRS 16

/* While the share root is gone or the watch limit was hit, look again
 * this often (seconds). */
#define RETRY_INTERVAL 5
#define UNWATCHED_RESCAN 300
/* After a failed status write, wait this long before the next try. */
#define STATUS_RETRY_MS 5000
/* Verdicts change with the clock alone (max_age): recompute this often
 * at least, and at the next expiry alerts_next() names. */
#define CLOCK_RECHECK_MS (3600 * 1000)
/* report_file is rewritten at most this often (a form of 71 rows and
 * an fsync for every settled batch of a busy share is waste). */
#define REPORT_INTERVAL_MS 5000

enum { EXIT_OK = 0, EXIT_FAILURE_RUNTIME = 1, EXIT_USAGE = 2 };

static const char usage_text[] =
"Usage: evidenced [OPTIONS]\n"
"\n"
"Keep the status document of a certification evidence share true while\n"
"the share changes: an initial scan, then every create, save, rename,\n"
"move and delete is followed (inotify), and the status is rewritten\n"
"atomically after each settled batch.\n"
"\n"
"Options (they win over the configuration file):\n"
"  -c, --config FILE      configuration (default " DEFAULT_CONFIG ",\n"
"                         or $EVIDENCED_CONFIG)\n"
"      --share DIR        the share to watch ([scan] share)\n"
"  -r, --rules PATH       rule pack (default " DEFAULT_RULES ")\n"
"  -d, --site-rules DIR   site drop-ins, may repeat (default\n"
"                         " DEFAULT_SITE_RULES " when it exists)\n"
"  -s, --status FILE      status document to keep (default\n"
"                         " DEFAULT_STATUS ")\n"
"      --state-dir DIR    state directory (default " DEFAULT_STATE_DIR ")\n"
"      --pid-file FILE    pid file (default " DEFAULT_PID_FILE ")\n"
"  -l, --level N          applicant level 1, 2 or 3 (default 2)\n"
"  -f, --foreground       log to stderr, never to the journal\n"
"      --log-level LEVEL  error, warning, info (default) or debug\n"
"  -h, --help             this help\n"
"  -V, --version          print the version\n"
"\n"
"Signals: SIGHUP reloads the configuration and the rules (on any error\n"
"it keeps running on the old ones), SIGUSR1 rescans the whole share,\n"
"SIGTERM and SIGINT stop.  `evidencectl reload` and `evidencectl rescan`\n"
"send them through the pid file.\n"
"\n"
"Examples:\n"
"  evidenced --foreground --share /srv/samba/资质材料\n"
"  evidenced -f --share examples/share --rules rules --state-dir /tmp/ev \\\n"
"      --status /tmp/ev/status.json --pid-file /tmp/ev/evidenced.pid\n";

struct options {
	const char *config_path;
	const char *share;
	const char *rules;
	const char *site[MAX_SITE_DIRS];
	size_t n_site;
	const char *status;
	const char *state_dir;
	const char *pid_file;
	int level;
	bool foreground;
	int log_level;
};

struct daemon {
	struct options opt;
	struct ev_config cfg;
	struct engine *engine;
	struct watch *watch;
	char root[PATH_MAX];
	const char *status_path;
	const char *state_dir;
	time_t started_at;
	bool status_dirty;
	bool rescanning;
	int64_t last_status_ms;
	int64_t next_rescan_ms;
	int64_t next_retry_ms;
	int64_t next_watchdog_ms;
	uint64_t watchdog_usec;
	int pid_fd;
	size_t changes;         /* classification changes logged */
	size_t updates_seen;    /* watch_stats.updates at the last look */
	struct json_object *last_good;  /* last status with files (owned) */
	bool write_failed;      /* the last status write failed */
	struct alerts *alerts;
	struct notify *notify;
	struct history *history;        /* NULL: not recorded (logged) */
	const char *history_cause;      /* of the next status's changes */
	/* Display path -> how it left ("deleted", "moved_out", static),
	 * for the causes of alerts and history; emptied when no alert
	 * waits for its grace period. */
	GHashTable *gone;
	int64_t next_clock_ms;  /* recompute the verdict by the clock */
	bool metrics_failed, report_failed;     /* logged once */
	struct json_object *report_doc; /* the status the report is due for */
	int64_t last_report_ms, report_due_ms;
};

static int64_t
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void
usage(FILE *f)
{
	fputs(usage_text, f);
}

/* ---- options and configuration -------------------------------------- */

enum { OPT_SHARE = 256, OPT_STATE_DIR, OPT_PID_FILE, OPT_LOG_LEVEL };

static const struct option longopts[] = {
	{ "config", required_argument, NULL, 'c' },
	{ "share", required_argument, NULL, OPT_SHARE },
	{ "rules", required_argument, NULL, 'r' },
	{ "site-rules", required_argument, NULL, 'd' },
	{ "status", required_argument, NULL, 's' },
	{ "state-dir", required_argument, NULL, OPT_STATE_DIR },
	{ "pid-file", required_argument, NULL, OPT_PID_FILE },
	{ "level", required_argument, NULL, 'l' },
	{ "foreground", no_argument, NULL, 'f' },
	{ "log-level", required_argument, NULL, OPT_LOG_LEVEL },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

static int
parse_level_name(const char *s)
{
	if (strcmp(s, "error") == 0)
		return LOG_LEVEL_ERROR;
	if (strcmp(s, "warning") == 0 || strcmp(s, "warn") == 0)
		return LOG_LEVEL_WARN;
	if (strcmp(s, "info") == 0)
		return LOG_LEVEL_INFO;
	if (strcmp(s, "debug") == 0)
		return LOG_LEVEL_DEBUG;
	return -1;
}

/* -1 to go on, or an exit code. */
static int
parse_options(int argc, char **argv, struct options *o)
{
	char *end;
	long lv;
	int ch;

	o->log_level = LOG_LEVEL_INFO;
	while ((ch = getopt_long(argc, argv, "c:r:d:s:l:fhV", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			o->config_path = optarg;
			break;
		case OPT_SHARE:
			o->share = optarg;
			break;
		case 'r':
			o->rules = optarg;
			break;
		case 'd':
			if (o->n_site == MAX_SITE_DIRS) {
				fprintf(stderr, "evidenced: at most %d "
				    "--site-rules\n", MAX_SITE_DIRS);
				return EXIT_USAGE;
			}
			o->site[o->n_site++] = optarg;
			break;
		case 's':
			o->status = optarg;
			break;
		case OPT_STATE_DIR:
			o->state_dir = optarg;
			break;
		case OPT_PID_FILE:
			o->pid_file = optarg;
			break;
		case 'l':
			errno = 0;
			lv = strtol(optarg, &end, 10);
			if (errno || *end || lv < EV_LEVEL_MIN ||
			    lv > EV_LEVEL_MAX) {
				fprintf(stderr, "evidenced: --level must be "
				    "1, 2 or 3\n");
				return EXIT_USAGE;
			}
			o->level = (int)lv;
			break;
		case 'f':
			o->foreground = true;
			break;
		case OPT_LOG_LEVEL:
			if ((o->log_level = parse_level_name(optarg)) < 0) {
				fprintf(stderr, "evidenced: --log-level must "
				    "be error, warning, info or debug\n");
				return EXIT_USAGE;
			}
			break;
		case 'h':
			usage(stdout);
			return EXIT_OK;
		case 'V':
			printf("evidenced %s\n", EVIDENCED_VERSION);
			return EXIT_OK;
		default:
			fprintf(stderr, "Try 'evidenced --help' for more "
			    "information.\n");
			return EXIT_USAGE;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "evidenced: unexpected argument '%s' (try "
		    "--help)\n", argv[optind]);
		return EXIT_USAGE;
	}
	return -1;
}

/* Read the configuration into cfg (fresh).  0, or -1 with the error
 * logged. */
static int
load_config(const struct options *o, struct ev_config *cfg)
{
	const char *path = o->config_path, *env = getenv("EVIDENCED_CONFIG");
	char err[512];
	int rc;

	config_init(cfg);
	if (path == NULL && env != NULL && env[0] != '\0')
		path = env;
	rc = config_load(path != NULL ? path : DEFAULT_CONFIG, cfg, err,
	    sizeof(err));
	/* The default file is optional; one that was asked for is not. */
	if (rc < 0 && !(rc == -ENOENT && path == NULL)) {
		log_error("%s", err);
		config_free(cfg);
		return -1;
	}
	return 0;
}

static void
print_diag(void *ctx, bool error, const char *msg)
{
	(void)ctx;
	if (error)
		log_error("%s", msg);
	else
		log_warnx("%s", msg);
}

/* Engine options from the command line over the configuration.  site
 * must hold MAX_SITE_DIRS + 1 entries, rules_buf PATH_MAX bytes. */
static void
engine_opts(const struct daemon *d, const struct ev_config *cfg,
    const char **site, char *rules_buf, struct engine_options *eo)
{
	const struct options *o = &d->opt;
	struct stat st;
	size_t i, n = 0;

	memset(eo, 0, sizeof(*eo));
	eo->share = d->root;
	eo->rules = o->rules != NULL ? o->rules : cfg->rules != NULL ?
	    cfg->rules : paths_default_rules(DEFAULT_RULES, SOURCE_DIR,
	    rules_buf, PATH_MAX);
	for (i = 0; i < o->n_site; i++)
		site[n++] = o->site[i];
	if (n == 0 && cfg->site_rules != NULL)
		site[n++] = cfg->site_rules;
	else if (n == 0 && stat(DEFAULT_SITE_RULES, &st) == 0)
		site[n++] = DEFAULT_SITE_RULES;
	eo->site_rules = site;
	eo->n_site_rules = n;
	eo->level = o->level != 0 ? o->level : cfg->level != 0 ? cfg->level :
	    DEFAULT_LEVEL;
	eo->limits = cfg->limits;
	/* Facts, matches and texts live in the state database: a restart
	 * reads only what changed while the daemon was down, a reload or a
	 * rename reads nothing. */
	eo->state_dir = d->state_dir;
	eo->workers = cfg->workers;
	eo->worker_user = cfg->worker_user;
}

/* ---- pid file ------------------------------------------------------- */

/*
 * Take the pid file: an exclusive lock held for the daemon's life, so a
 * second instance is refused and a stale file (the lock died with its
 * process) is simply reused.
 */
static int
pidfile_take(const char *path)
{
	char buf[32];
	int fd, n;

	fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
	if (fd < 0) {
		log_warn("%s", path);
		return -1;
	}
	if (flock(fd, LOCK_EX | LOCK_NB) < 0) {
		n = (int)read(fd, buf, sizeof(buf) - 1);
		buf[n > 0 ? n : 0] = '\0';
		buf[strcspn(buf, "\n")] = '\0';
		log_error("%s: another evidenced is running (pid %s)", path,
		    buf);
		close(fd);
		return -1;
	}
	n = snprintf(buf, sizeof(buf), "%ld\n", (long)getpid());
	if (ftruncate(fd, 0) < 0 || pwrite(fd, buf, (size_t)n, 0) != n) {
		log_warn("%s", path);
		close(fd);
		return -1;
	}
	return fd;
}

/* ---- status --------------------------------------------------------- */

/* STATUS= for systemctl status, from the document just written. */
static void
notify_summary(struct daemon *d, struct json_object *doc)
{
	struct json_object *sum, *v;
	int64_t c[CLAUSE_STATE_COUNT];
	int i;

	if (getenv("NOTIFY_SOCKET") == NULL ||
	    !json_object_object_get_ex(doc, "summary", &sum))
		return;
	for (i = 0; i < CLAUSE_STATE_COUNT; i++)
		c[i] = json_object_object_get_ex(sum, clause_state_name(
		    (enum clause_state)i), &v) ? json_object_get_int64(v) : 0;
	sd_notifyf(0, "STATUS=%lld covered, %lld partial, %lld missing, "
	    "%lld stale%s", (long long)c[CLAUSE_COVERED],
	    (long long)c[CLAUSE_PARTIAL], (long long)c[CLAUSE_MISSING],
	    (long long)c[CLAUSE_STALE], engine_share_unavailable(d->engine) ?
	    " (share unavailable)" : "");
}

/* True when the share root holds nothing that could be evidence (an
 * empty recycle bin or desktop.ini left on a mount point count as
 * nothing), or cannot be read. */
static bool
root_empty(struct daemon *d)
{
	struct dirent *de;
	bool empty = true;
	DIR *dir;

	if ((dir = opendir(d->root)) == NULL)
		return true;
	while (empty && (de = readdir(dir)) != NULL)
		empty = strcmp(de->d_name, ".") == 0 ||
		    strcmp(de->d_name, "..") == 0 ||
		    engine_ignores(d->engine, de->d_name);
	closedir(dir);
	return empty;
}

/*
 * The document to publish.  A share whose root is empty while the last
 * status had files is an unmounted share far more often than a company
 * that deleted all its evidence, however the files went (an unmount,
 * or a mover that emptied it): publish the last known verdicts, marked
 * share_unavailable, never 71 clauses missing.
 */
static int
status_doc(struct daemon *d, struct json_object **doc)
{
	int rc;

	if (evindex_count(engine_index(d->engine)) == 0 &&
	    d->last_good != NULL && root_empty(d)) {
		/* A new top level sharing last_good's parts: the keys set
		 * on it below and by write_status stay off last_good. */
		if ((*doc = json_object_new_object()) == NULL)
			return -ENOMEM;
		json_object_object_foreach(d->last_good, key, val)
			json_object_object_add(*doc, key, json_object_get(val));
		json_object_object_add(*doc, "share_unavailable",
		    json_object_new_boolean(1));
		return 0;
	}
	if ((rc = engine_status(d->engine, time(NULL), doc)) < 0)
		return rc;
	if (evindex_count(engine_index(d->engine)) > 0 &&
	    !engine_share_unavailable(d->engine)) {
		json_object_put(d->last_good);
		d->last_good = json_object_get(*doc);
	}
	return 0;
}

static bool
jtrue(struct json_object *doc, const char *key)
{
	struct json_object *v;

	return json_object_object_get_ex(doc, key, &v) &&
	    json_object_get_boolean(v);
}

/* How the file the status calls path left the index, NULL while it is
 * there (alerts_gone_fn). */
static const char *
gone_cause(void *ctx, const char *path)
{
	struct daemon *d = ctx;
	const char *how;

	if (evindex_get(engine_index(d->engine), path) != NULL)
		return NULL;
	how = g_hash_table_lookup(d->gone, path);
	return how != NULL ? how : "removed";
}

/*
 * Transitions of doc into alerts, sent on every channel.  Not while the
 * first scan or a rescan after lost events runs (absent is unknown), nor
 * while the share is gone (the last known states are shown, unchanged).
 */
static void
publish_alerts(struct daemon *d, struct json_object *doc)
{
	struct alert *list = NULL;
	time_t now = time(NULL);
	size_t n = 0, i;

	if (alerts_annotate(d->alerts, doc, now) < 0 || d->rescanning ||
	    jtrue(doc, "share_unavailable"))
		return;
	/* Every change at once, before the grace period decides on an
	 * alert; the cause of a reload goes with the next status only. */
	if (d->history != NULL && history_record(d->history, doc, now,
	    d->history_cause, gone_cause, d) >= 0)
		d->history_cause = NULL;
	if (alerts_update(d->alerts, doc, now, &list, &n) < 0)
		log_warnx("alerts: out of memory");
	if (alerts_settled(d->alerts))
		g_hash_table_remove_all(d->gone);
	for (i = 0; i < n; i++)
		(void)notify_send(d->notify, &list[i], now_ms());
	alerts_list_free(list, n);
}

/* The form of the last status to report_file; a failure keeps the
 * previous file and is said once. */
static void
write_report(struct daemon *d)
{
	struct report_options ro;
	char err[512];
	int rc;

	memset(&ro, 0, sizeof(ro));
	ro.format = REPORT_HTML;
	if (d->cfg.report_format != NULL)
		(void)report_format_parse(d->cfg.report_format, &ro.format);
	ro.share_url = d->cfg.share_url;
	rc = report_write(d->report_doc, &ro, d->cfg.report_file, err,
	    sizeof(err));
	if (rc < 0 && !d->report_failed)
		log_warnx("%s (the previous report is kept)", err);
	else if (rc == 0 && d->report_failed)
		log_info("%s: written again", d->cfg.report_file);
	d->report_failed = rc < 0;
	d->last_report_ms = now_ms();
	d->report_due_ms = INT64_MAX;
}

/* The Prometheus textfile (with every status) and the form (at most
 * every REPORT_INTERVAL_MS, the last status) beside the status. */
static void
write_extras(struct daemon *d, struct json_object *doc)
{
	int rc;

	if (d->cfg.metrics_file != NULL) {
		rc = notify_metrics_write(doc, notify_sent(d->notify),
		    d->cfg.metrics_file);
		if (rc < 0 && !d->metrics_failed)
			log_warnx("%s: cannot write the metrics (the previous "
			    "file is kept)", d->cfg.metrics_file);
		else if (rc == 0 && d->metrics_failed)
			log_info("%s: written again", d->cfg.metrics_file);
		d->metrics_failed = rc < 0;
	}
	if (d->cfg.report_file == NULL)
		return;
	json_object_put(d->report_doc);
	d->report_doc = json_object_get(doc);
	if (d->last_report_ms == 0 ||
	    now_ms() - d->last_report_ms >= REPORT_INTERVAL_MS)
		write_report(d);
	else
		d->report_due_ms = d->last_report_ms + REPORT_INTERVAL_MS;
}

/* The channels' settings of cfg (the log in the state directory). */
static void
notify_opts(const struct daemon *d, const struct ev_config *cfg,
    const char *log, struct notify_options *no)
{
	memset(no, 0, sizeof(*no));
	no->log_path = log;
	no->command = cfg->alert_command;
	no->mail_to = cfg->mail_to;
	no->timeout = cfg->alert_timeout;
	no->journal = !d->opt.foreground && getenv("JOURNAL_STREAM") != NULL;
	no->log_max = cfg->alert_log_max;
	no->log_keep = cfg->alert_log_keep;
}

static int
alerts_setup(struct daemon *d)
{
	struct notify_options no;
	char *state = g_build_filename(d->state_dir, ALERTS_STATE_NAME, NULL);
	char *log = g_build_filename(d->state_dir, ALERTS_LOG_NAME, NULL);
	int rc;

	notify_opts(d, &d->cfg, log, &no);
	rc = alerts_new(state, (long)d->cfg.alert_grace,
	    (long)d->cfg.expiry_warning, &d->alerts);
	if (rc == 0)
		rc = notify_new(&no, &d->notify);
	if (rc == 0)
		alerts_set_gone(d->alerts, gone_cause, d);
	g_free(state);
	g_free(log);
	/* The history is worth having, not worth refusing to run for. */
	if (rc == 0 && (rc = history_open(d->state_dir, d->cfg.history_days,
	    &d->history)) < 0) {
		log_warnx("%s/%s: %s: state changes are not recorded",
		    d->state_dir, HISTORY_DB_NAME, strerror(-rc));
		rc = rc == -ENOMEM ? rc : 0;
	}
	return rc;
}

static int
write_status(struct daemon *d)
{
	struct json_object *doc = NULL, *dm;
	struct watch_stats ws;
	char buf[32];
	int64_t t0;
	int rc;

	t0 = now_ms();
	rc = status_doc(d, &doc);
	if (rc < 0) {
		log_warnx("status: %s", strerror(-rc));
		return rc;
	}
	watch_get_stats(d->watch, &ws);
	dm = json_object_new_object();
	json_object_object_add(dm, "pid", json_object_new_int64(getpid()));
	json_object_object_add(dm, "started_at", json_object_new_string(
	    dates_rfc3339(d->started_at, buf, sizeof(buf))));
	json_object_object_add(dm, "watched_dirs",
	    json_object_new_int64((int64_t)ws.watched_dirs));
	json_object_object_add(dm, "rescanning",
	    json_object_new_boolean(d->rescanning));
	json_object_object_add(dm, "unwatched_dirs",
	    json_object_new_boolean(ws.unwatched));
	json_object_object_add(dm, "root_watched",
	    json_object_new_boolean(!ws.root_gone));
	json_object_object_add(doc, "daemon", dm);
	/* Until the first full scan is done, absent evidence is unknown,
	 * not missing: readers see "rescanning". */
	json_object_object_add(doc, "rescanning",
	    json_object_new_boolean(d->rescanning));
	publish_alerts(d, doc);
	rc = status_write(doc, d->status_path, d->cfg.status_mode,
	    d->cfg.status_gid);
	if (rc == 0)
		notify_summary(d, doc);
	write_extras(d, doc);
	json_object_put(doc);
	log_debug("status written in %lld ms", (long long)(now_ms() - t0));
	d->last_status_ms = now_ms();
	if (rc < 0) {
		/* A full disk or a lost directory: the old file stays; say
		 * so once, and try again later, not in a loop. */
		if (!d->write_failed)
			log_warnx("%s: cannot write the status: %s (the "
			    "previous one is kept)", d->status_path,
			    strerror(-rc));
		d->write_failed = true;
		d->last_status_ms += STATUS_RETRY_MS;
		return rc;
	}
	if (d->write_failed)
		log_info("%s: written again", d->status_path);
	d->write_failed = false;
	d->status_dirty = false;
	return 0;
}

/* One log line per classification change: what a file now proves and
 * no longer proves. */
static void
on_change(void *ctx, const struct file_record *old,
    const struct file_record *rec)
{
	struct daemon *d = ctx;
	GString *gained = g_string_new(NULL), *lost = g_string_new(NULL);
	const struct file_record *sides[2] = { rec, old };
	GString *out[2] = { gained, lost };
	size_t s, i, j;

	d->status_dirty = true;
	if (old != NULL && rec == NULL) {
		const char *how = watch_gone_cause(d->watch,
		    file_record_relpath(old));
		char *p;

		if (how != NULL && (p = file_record_path_dup(old)) != NULL)
			g_hash_table_replace(d->gone, p, (void *)how);
	} else if (rec != NULL && g_hash_table_size(d->gone) > 0) {
		char *p = file_record_path_dup(rec);

		if (p != NULL)
			g_hash_table_remove(d->gone, p);
		g_free(p);
	}
	for (s = 0; s < 2; s++) {
		const struct file_record *a = sides[s], *b = sides[1 - s];

		for (i = 0; a != NULL && i < a->n_matches; i++) {
			bool before = false;

			if (!a->matches[i].counts)
				continue;
			for (j = 0; b != NULL && j < b->n_matches; j++)
				if (b->matches[j].counts &&
				    strcmp(b->matches[j].clause_id,
				    a->matches[i].clause_id) == 0 &&
				    strcmp(b->matches[j].item_id,
				    a->matches[i].item_id) == 0)
					before = true;
			if (!before)
				g_string_append_printf(out[s], " %s/%s",
				    a->matches[i].clause_id,
				    a->matches[i].item_id);
		}
	}
	if (gained->len > 0 || lost->len > 0) {
		/* rec may be slim (it proves nothing now). */
		char *p = file_record_path_dup(rec != NULL ? rec : old);

		d->changes++;
		log_info("%s:%s%s%s%s", p != NULL ? p : "?",
		    gained->len ? " now proves" : "", gained->str,
		    lost->len ? (gained->len ? "; no longer" :
		    " no longer proves") : "", lost->str);
		g_free(p);
	}
	g_string_free(gained, TRUE);
	g_string_free(lost, TRUE);
}

/* ---- actions -------------------------------------------------------- */

static void
rescan(struct daemon *d, const char *why)
{
	struct engine_stats st;
	int64_t t0 = now_ms();
	int rc;

	d->rescanning = true;
	rc = engine_rescan(d->engine, &st);
	d->rescanning = false;
	d->status_dirty = true;
	if (rc < 0 && rc != -ENOENT)
		log_warnx("rescan: %s", strerror(-rc));
	log_info("%s: %zu files, %zu read, %zu unchanged, %zu removed, %zu "
	    "problems (%.1f s)", why, st.files, st.scanned, st.unchanged,
	    st.removed, st.problems, (double)(now_ms() - t0) / 1000.0);
	d->next_rescan_ms = d->cfg.rescan_interval > 0 ?
	    now_ms() + (int64_t)d->cfg.rescan_interval * 1000 : INT64_MAX;
}

/* Swap the owned string *to for *from's (config_free frees the old). */
static bool
take(char **to, char **from)
{
	char *old = *to;
	bool changed = (old == NULL) != (*from == NULL) ||
	    (old != NULL && strcmp(old, *from) != 0);

	*to = *from;
	*from = old;
	return changed;
}

/*
 * The [alerts] and history settings of a reloaded configuration: the
 * channels are reconfigured (hooks still running go on), the metrics and
 * the report go where cfg says from the next status on.  cfg gets the
 * old strings, to be freed with it.
 */
static void
reload_alerts(struct daemon *d, struct ev_config *cfg)
{
	struct notify_options no;
	char *log = g_build_filename(d->state_dir, ALERTS_LOG_NAME, NULL);

	notify_opts(d, cfg, log, &no);
	if (notify_reconfigure(d->notify, &no) < 0) {
		log_warnx("reload: out of memory: keeping the alert settings");
		g_free(log);
		return;
	}
	g_free(log);
	d->cfg.alert_grace = cfg->alert_grace;
	d->cfg.expiry_warning = cfg->expiry_warning;
	d->cfg.alert_timeout = cfg->alert_timeout;
	d->cfg.alert_log_max = cfg->alert_log_max;
	d->cfg.alert_log_keep = cfg->alert_log_keep;
	d->cfg.history_days = cfg->history_days;
	alerts_set_grace(d->alerts, (long)cfg->alert_grace,
	    (long)cfg->expiry_warning);
	if (d->history != NULL)
		history_set_keep(d->history, cfg->history_days);
	(void)take(&d->cfg.alert_command, &cfg->alert_command);
	(void)take(&d->cfg.mail_to, &cfg->mail_to);
	if (take(&d->cfg.metrics_file, &cfg->metrics_file))
		d->metrics_failed = false;
	/* A new report file (or format) is written with the next status. */
	if (take(&d->cfg.report_file, &cfg->report_file) |
	    take(&d->cfg.report_format, &cfg->report_format) |
	    take(&d->cfg.share_url, &cfg->share_url)) {
		d->report_failed = false;
		d->last_report_ms = 0;
		if (d->cfg.report_file == NULL) {
			json_object_put(d->report_doc);
			d->report_doc = NULL;
			d->report_due_ms = INT64_MAX;
		}
	}
}

static void
reload(struct daemon *d)
{
	const char *site[MAX_SITE_DIRS + 1];
	char rules_buf[PATH_MAX];
	struct engine_options eo;
	struct ev_config cfg;
	int rc;

	log_info("reloading configuration and rules");
	if (load_config(&d->opt, &cfg) < 0) {
		log_warnx("reload failed: keeping the old configuration and "
		    "rules");
		return;
	}
	engine_opts(d, &cfg, site, rules_buf, &eo);
	rc = engine_reload(d->engine, &eo, print_diag, NULL);
	if (rc < 0) {
		log_warnx("reload failed (%s): keeping the old rules",
		    rc == -EINVAL ? "errors in the rules" : strerror(-rc));
		config_free(&cfg);
		return;
	}
	/* Keep the paths the daemon started with (share, status, state):
	 * moving them under a running daemon is a restart. */
	d->cfg.limits = cfg.limits;
	d->cfg.settle_ms = cfg.settle_ms;
	d->cfg.status_interval_ms = cfg.status_interval_ms;
	d->cfg.rescan_interval = cfg.rescan_interval;
	reload_alerts(d, &cfg);
	config_free(&cfg);
	d->history_cause = "rules_reloaded";
	d->status_dirty = true;
	log_info("reloaded: %zu clauses", engine_ruleset(d->engine)->n_clauses);
}

/*
 * While the share root is gone, look for it every RETRY_INTERVAL; while
 * some directories are unwatched (the watch limit), set the watches up
 * again (the limit may have been raised) and rescan every
 * UNWATCHED_RESCAN, since their changes make no events.
 */
static void
retry_watch(struct daemon *d, int64_t now)
{
	struct watch_stats ws;
	struct stat st;

	watch_get_stats(d->watch, &ws);
	if ((!ws.root_gone && !ws.unwatched) || now < d->next_retry_ms)
		return;
	d->next_retry_ms = now + (ws.root_gone ? RETRY_INTERVAL :
	    UNWATCHED_RESCAN) * 1000;
	if (ws.root_gone && !engine_share_unavailable(d->engine))
		rescan(d, "share root changed");
	if (stat(d->root, &st) < 0 || !S_ISDIR(st.st_mode))
		return;
	if (watch_restart(d->watch) < 0)
		return;
	rescan(d, ws.root_gone ? "share root back" : "rescan (unwatched "
	    "directories)");
}

static int
handle_signal(struct daemon *d, int sfd)
{
	struct signalfd_siginfo si;

	while (read(sfd, &si, sizeof(si)) == (ssize_t)sizeof(si)) {
		switch (si.ssi_signo) {
		case SIGTERM:
		case SIGINT:
			log_info("stopping (signal %u)", si.ssi_signo);
			return 1;
		case SIGHUP:
			sd_notify(0, "RELOADING=1");
			reload(d);
			sd_notify(0, "READY=1");
			break;
		case SIGUSR1:
			rescan(d, "rescan (SIGUSR1)");
			break;
		default:
			break;
		}
	}
	return 0;
}

static int
min_timeout(int a, int64_t deadline, int64_t now)
{
	int64_t t;

	if (deadline == INT64_MAX)
		return a;
	t = deadline <= now ? 0 : deadline - now;
	if (t > INT_MAX)
		t = INT_MAX;
	return a < 0 || t < a ? (int)t : a;
}

/* When the verdict must be recomputed without any file event: the
 * hourly look, or what the alerts wait for (a grace period's end, an
 * expiry or its warning), whichever is first. */
static int64_t
clock_deadline(struct daemon *d, int64_t now)
{
	time_t next = alerts_next(d->alerts), wall = time(NULL);
	int64_t t = d->next_clock_ms;

	if (next > 0) {
		int64_t at = now + ((int64_t)next - (int64_t)wall) * 1000;

		if (at < t)
			t = at;
	}
	return t;
}

static int
run(struct daemon *d, int sfd)
{
	struct pollfd pfd[2];
	struct watch_stats ws;
	size_t did;
	int64_t now;
	int timeout, rc;

	for (;;) {
		now = now_ms();
		timeout = watch_timeout(d->watch, now);
		timeout = min_timeout(timeout, d->next_rescan_ms, now);
		watch_get_stats(d->watch, &ws);
		if (ws.root_gone || ws.unwatched)
			timeout = min_timeout(timeout, d->next_retry_ms, now);
		/* While events settle the watch's own deadline wakes the
		 * loop: a status due meanwhile must not turn poll into a
		 * busy loop (it is written once the watch is idle). */
		if (d->status_dirty && watch_idle(d->watch))
			timeout = min_timeout(timeout, d->last_status_ms +
			    d->cfg.status_interval_ms, now);
		if (d->watchdog_usec > 0)
			timeout = min_timeout(timeout, d->next_watchdog_ms,
			    now);
		timeout = min_timeout(timeout, clock_deadline(d, now), now);
		timeout = min_timeout(timeout, notify_deadline(d->notify),
		    now);
		timeout = min_timeout(timeout, d->report_due_ms, now);
		pfd[0].fd = sfd;
		pfd[0].events = POLLIN;
		pfd[1].fd = watch_fd(d->watch);
		pfd[1].events = POLLIN;
		rc = poll(pfd, pfd[1].fd >= 0 ? 2 : 1, timeout);
		if (rc < 0 && errno != EINTR) {
			log_warn("poll");
			return -1;
		}
		now = now_ms();
		if (rc > 0 && (pfd[0].revents & POLLIN) &&
		    handle_signal(d, sfd) > 0)
			return 0;
		/* One database transaction per round of events. */
		engine_begin(d->engine);
		if (rc > 0 && pfd[1].fd >= 0 && (pfd[1].revents & POLLIN) &&
		    watch_read(d->watch, d->engine, now) == -ENOMEM)
			rc = -ENOMEM;
		if (rc != -ENOMEM && watch_process(d->watch, d->engine, now,
		    &did) == -ENOMEM)
			rc = -ENOMEM;
		(void)engine_commit(d->engine);
		if (rc == -ENOMEM) {
			log_error("out of memory");
			return -1;
		}
		/* Moves and removals change the verdict without a new
		 * classification to log: any engine work dirties the
		 * status. */
		watch_get_stats(d->watch, &ws);
		if (ws.updates != d->updates_seen) {
			d->updates_seen = ws.updates;
			d->status_dirty = true;
		}
		watch_get_stats(d->watch, &ws);
		if (ws.overflowed) {
			d->rescanning = true;
			write_status(d);
			watch_clear_overflow(d->watch);
			rescan(d, "rescan (events lost)");
		}
		retry_watch(d, now);
		notify_reap(d->notify, now);
		if (now >= d->report_due_ms)
			write_report(d);
		if (now >= clock_deadline(d, now)) {
			/* Expiry, a grace period's end, the hourly look. */
			d->status_dirty = true;
			d->next_clock_ms = now + CLOCK_RECHECK_MS;
		}
		if (now >= d->next_rescan_ms)
			rescan(d, "periodic rescan");
		if (d->status_dirty && watch_idle(d->watch) &&
		    now - d->last_status_ms >= d->cfg.status_interval_ms) {
			write_status(d);
		}
		if (d->watchdog_usec > 0 && now >= d->next_watchdog_ms) {
			sd_notify(0, "WATCHDOG=1");
			d->next_watchdog_ms = now + (int64_t)(d->watchdog_usec /
			    2000);
		}
	}
}

/* ---- main ----------------------------------------------------------- */

static void
fatal(struct daemon *d, const char *msg)
{
	log_error("%s", msg);
	sd_notifyf(0, "STATUS=%s", msg);
	(void)d;
	exit(EXIT_FAILURE_RUNTIME);
}

static const char *
pick(const char *opt, const char *cfg, const char *def)
{
	return opt != NULL ? opt : cfg != NULL ? cfg : def;
}

int
main(int argc, char **argv)
{
	const char *site[MAX_SITE_DIRS + 1];
	char rules_buf[PATH_MAX];
	struct engine_options eo;
	struct daemon d;
	struct engine_stats st;
	struct engine_counters cn;
	const char *share, *state_dir, *pid_path;
	sigset_t mask;
	int sfd, rc, ret;

	/* As evidencectl: freeing a large text per file consolidated the
	 * fastbins each time (the tcache keeps small blocks fast). */
	(void)mallopt(M_MXFAST, 0);
	memset(&d, 0, sizeof(d));
	d.pid_fd = -1;
	if ((ret = parse_options(argc, argv, &d.opt)) >= 0)
		return ret;
	log_init("evidenced", (enum log_level)d.opt.log_level);
	/* Under systemd stderr is a journal stream: structured lines with
	 * priorities are worth more there. */
	if (!d.opt.foreground && getenv("JOURNAL_STREAM") != NULL)
		log_use_journal(true);
	if (load_config(&d.opt, &d.cfg) < 0)
		return EXIT_USAGE;

	share = pick(d.opt.share, d.cfg.share, NULL);
	if (share == NULL) {
		log_error("no share: give --share DIR or [scan] share = in "
		    "the configuration");
		config_free(&d.cfg);
		return EXIT_USAGE;
	}
	if (realpath(share, d.root) == NULL) {
		/* Not mounted yet: watch for it by its name. */
		snprintf(d.root, sizeof(d.root), "%s", share);
		log_warn("%s", share);
	}
	d.status_path = pick(d.opt.status, d.cfg.status, DEFAULT_STATUS);
	state_dir = pick(d.opt.state_dir, d.cfg.state_dir, DEFAULT_STATE_DIR);
	d.state_dir = state_dir;
	pid_path = pick(d.opt.pid_file, d.cfg.pid_file, DEFAULT_PID_FILE);
	if (mkdir(state_dir, 0750) < 0 && errno != EEXIST) {
		log_warn("%s", state_dir);
		config_free(&d.cfg);
		return EXIT_FAILURE_RUNTIME;
	}
	if ((d.pid_fd = pidfile_take(pid_path)) < 0) {
		config_free(&d.cfg);
		return EXIT_FAILURE_RUNTIME;
	}

	/* Signals arrive through the poll loop, never as handlers. */
	sigemptyset(&mask);
	sigaddset(&mask, SIGTERM);
	sigaddset(&mask, SIGINT);
	sigaddset(&mask, SIGHUP);
	sigaddset(&mask, SIGUSR1);
	/* Alert hooks' ends wake the loop, which reaps them (notify.c). */
	sigaddset(&mask, SIGCHLD);
	sigprocmask(SIG_BLOCK, &mask, NULL);
	signal(SIGPIPE, SIG_IGN);
	if ((sfd = signalfd(-1, &mask, SFD_NONBLOCK | SFD_CLOEXEC)) < 0)
		fatal(&d, "signalfd failed");

	engine_opts(&d, &d.cfg, site, rules_buf, &eo);
	rc = engine_new(&eo, print_diag, NULL, &d.engine);
	if (rc < 0)
		fatal(&d, rc == -EINVAL ? "errors in the rules: not starting" :
		    "cannot set up the engine (libmagic database?)");

	/* Watch before the first walk: what changes during it is seen. */
	if ((rc = watch_new(d.root, d.engine, d.cfg.settle_ms, &d.watch)) < 0)
		fatal(&d, "cannot set up inotify");
	d.started_at = time(NULL);
	d.rescanning = true;
	rc = engine_rescan(d.engine, &st);
	d.rescanning = false;
	if (rc < 0 && rc != -ENOENT)
		log_warnx("initial scan: %s", strerror(-rc));
	engine_counters(d.engine, &cn);
	log_info("watching %s: %zu files, %zu read, %zu restored from the "
	    "state, %zu problems, %zu unreadable", d.root, st.files,
	    cn.files_read, cn.restored, st.problems, st.unreadable);
	d.next_rescan_ms = d.cfg.rescan_interval > 0 ? now_ms() +
	    (int64_t)d.cfg.rescan_interval * 1000 : INT64_MAX;
	/* From now on one line per classification change (the initial
	 * scan's would be every file). */
	d.gone = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	engine_set_observer(d.engine, on_change, &d);
	d.report_due_ms = INT64_MAX;
	if (alerts_setup(&d) < 0)
		fatal(&d, "out of memory");
	d.next_clock_ms = now_ms() + CLOCK_RECHECK_MS;
	write_status(&d);
	if (sd_watchdog_enabled(0, &d.watchdog_usec) <= 0)
		d.watchdog_usec = 0;
	sd_notify(0, "READY=1");

	ret = run(&d, sfd) < 0 ? EXIT_FAILURE_RUNTIME : EXIT_OK;
	sd_notify(0, "STOPPING=1");
	if (d.status_dirty)
		write_status(&d);
	if (d.report_due_ms != INT64_MAX)
		write_report(&d);
	json_object_put(d.report_doc);
	notify_free(d.notify);
	alerts_free(d.alerts);
	history_close(d.history);
	watch_free(d.watch);
	engine_free(d.engine);
	close(sfd);
	unlink(pid_path);
	close(d.pid_fd);
	json_object_put(d.last_good);
	g_hash_table_destroy(d.gone);
	config_free(&d.cfg);
	return ret;
}
