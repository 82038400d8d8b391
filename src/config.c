/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * config.c - the configuration file, read with inih.
 *
 * inih reads through our line reader, which counts lines and refuses
 * lines longer than inih's buffer instead of letting inih split them; the
 * handler keeps the first problem with its line, so the user sees
 * "evidenced.conf:12: unknown key 'max_file_szie' in [limits]".
 */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <ini.h>

#include "evidenced/config.h"
#include "evidenced/rules.h"

struct config_parse {
	struct ev_config *cfg;
	FILE *f;
	int line;               /* of the line inih is handling */
	int msg_line;           /* of the first problem */
	char msg[256];          /* first problem, without file:line */
	int oom;
};

static void
problem(struct config_parse *p, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
problem(struct config_parse *p, const char *fmt, ...)
{
	va_list ap;

	if (p->msg[0] != '\0')
		return;
	va_start(ap, fmt);
	vsnprintf(p->msg, sizeof(p->msg), fmt, ap);
	va_end(ap);
	p->msg_line = p->line;
}

/* inih's ini_reader: one whole line per call, counted. */
static char *
read_line(char *str, int num, void *stream)
{
	struct config_parse *p = stream;
	size_t len;
	int c;

	if (fgets(str, num, p->f) == NULL)
		return NULL;
	p->line++;
	len = strlen(str);
	if (len == (size_t)num - 1 && str[len - 1] != '\n' &&
	    !feof(p->f)) {
		while ((c = fgetc(p->f)) != EOF && c != '\n')
			;
		problem(p, "line longer than %d bytes", num - 2);
		str[0] = '\0';         /* inih skips an empty line */
	}
	return str;
}

void
config_init(struct ev_config *cfg)
{
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);

	memset(cfg, 0, sizeof(*cfg));
	extract_limits_default(&cfg->limits);
	cfg->settle_ms = 200;
	cfg->status_interval_ms = 100;
	cfg->rescan_interval = 3600;
	cfg->status_mode = CONFIG_STATUS_MODE;
	cfg->status_gid = (gid_t)-1;
	cfg->workers = ncpu > 0 ? (unsigned)ncpu : 1;
	cfg->alert_grace = 60;
	cfg->expiry_warning = 30 * 86400;
	cfg->alert_timeout = 10;
	cfg->history_days = 730;
	cfg->alert_log_max = 10ULL << 20;
	cfg->alert_log_keep = 5;
}

void
config_free(struct ev_config *cfg)
{
	free(cfg->share);
	free(cfg->rules);
	free(cfg->site_rules);
	free(cfg->status);
	free(cfg->state_dir);
	free(cfg->pid_file);
	free(cfg->status_group);
	free(cfg->worker_user);
	free(cfg->alert_command);
	free(cfg->mail_to);
	free(cfg->metrics_file);
	free(cfg->report_file);
	free(cfg->report_format);
	free(cfg->share_url);
	memset(cfg, 0, sizeof(*cfg));
}

/* A suffix and what it multiplies by. */
struct scale {
	char suffix;
	unsigned long long mult;
};

static const struct scale size_units[] = {
	{ 'k', 1ULL << 10 }, { 'K', 1ULL << 10 }, { 'm', 1ULL << 20 },
	{ 'M', 1ULL << 20 }, { 'g', 1ULL << 30 }, { 'G', 1ULL << 30 },
	{ 0, 0 },
};

static const struct scale duration_units[] = {
	{ 's', 1 }, { 'm', 60 }, { 'h', 3600 }, { 'd', 86400 },
	{ 'w', 7 * 86400 }, { 0, 0 },
};

/* "<digits>[suffix][tail]" -> digits * the suffix's multiplier; tail
 * (e.g. "iB" after a size) is accepted when tail_ok says so. */
static int
parse_scaled(const char *s, const struct scale *units,
    bool (*tail_ok)(const char *tail), unsigned long long *out)
{
	unsigned long long v, mult = 1;
	char *end;
	size_t i;

	if (s == NULL || *s < '0' || *s > '9')
		return -EINVAL;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno != 0)
		return -EINVAL;
	for (i = 0; *end != '\0' && units[i].suffix != 0; i++) {
		if (*end == units[i].suffix) {
			mult = units[i].mult;
			end++;
			break;
		}
	}
	if (*end != '\0' && mult > 1 && tail_ok != NULL && tail_ok(end))
		end += strlen(end);
	if (*end != '\0' || v > ULLONG_MAX / mult)
		return -EINVAL;
	*out = v * mult;
	return 0;
}

static bool
size_tail(const char *tail)
{
	return strcasecmp(tail, "ib") == 0 || strcasecmp(tail, "b") == 0;
}

int
config_parse_size(const char *s, unsigned long long *out)
{
	return parse_scaled(s, size_units, size_tail, out);
}

int
config_parse_duration(const char *s, unsigned long long *out)
{
	return parse_scaled(s, duration_units, NULL, out);
}

static int
set_string(struct config_parse *p, char **dst, const char *value)
{
	char *copy = strdup(value);

	if (copy == NULL) {
		p->oom = 1;
		return 0;
	}
	free(*dst);
	*dst = copy;
	return 1;
}

/* Unsigned value of a key, within [lo, hi]; sizes accept suffixes. */
static int
set_number(struct config_parse *p, const char *key, const char *value,
    bool size, unsigned long long lo, unsigned long long hi,
    unsigned long long *out)
{
	unsigned long long v;
	char *end;

	if (size) {
		if (config_parse_size(value, &v) < 0)
			goto bad;
	} else {
		if (*value < '0' || *value > '9')
			goto bad;
		errno = 0;
		v = strtoull(value, &end, 10);
		if (errno != 0 || *end != '\0')
			goto bad;
	}
	if (v < lo || v > hi) {
		problem(p, "%s = %s is out of range "
		    "(%llu..%llu)", key, value, lo, hi);
		return 0;
	}
	*out = v;
	return 1;
bad:
	problem(p, "%s = '%s' is not a %s", key, value,
	    size ? "size (e.g. 100M, 512K, 4096)" : "whole number");
	return 0;
}

static int
limits_key(struct config_parse *p, const char *key, const char *value)
{
	struct extract_limits *l = &p->cfg->limits;
	unsigned long long v;
	int ok;

	if (strcmp(key, "max_file_size") == 0) {
		ok = set_number(p, key, value, true, 1, ULLONG_MAX, &v);
		l->max_file_bytes = v;
	} else if (strcmp(key, "max_inflated_size") == 0) {
		ok = set_number(p, key, value, true, 1, ULLONG_MAX, &v);
		l->max_inflated_bytes = v;
	} else if (strcmp(key, "max_ratio") == 0) {
		ok = set_number(p, key, value, false, 2, UINT_MAX, &v);
		l->max_ratio = (unsigned)v;
	} else if (strcmp(key, "max_text_size") == 0) {
		ok = set_number(p, key, value, true, 1024, SIZE_MAX / 8, &v);
		l->max_text_bytes = (size_t)v;
	} else if (strcmp(key, "max_pdf_pages") == 0) {
		ok = set_number(p, key, value, false, 1, UINT_MAX, &v);
		l->max_pdf_pages = (unsigned)v;
	} else if (strcmp(key, "max_seconds") == 0) {
		ok = set_number(p, key, value, false, 1, 86400, &v);
		l->max_seconds = (unsigned)v;
	} else if (strcmp(key, "helper_max_memory") == 0) {
		ok = set_number(p, key, value, true, 16ULL << 20, ULLONG_MAX,
		    &v);
		l->helper_max_memory = v;
	} else {
		problem(p, "unknown key '%s' in "
		    "[limits] (max_file_size, max_inflated_size, max_ratio, "
		    "max_text_size, max_pdf_pages, max_seconds, "
		    "helper_max_memory)", key);
		return 0;
	}
	return ok;
}

/* status_mode: octal permission bits; never writable by others. */
static int
set_status_mode(struct config_parse *p, const char *value)
{
	unsigned long v;
	char *end;

	errno = 0;
	v = strtoul(value, &end, 8);
	if (*value < '0' || *value > '7' || errno != 0 || *end != '\0' ||
	    v > 0777) {
		problem(p, "status_mode = '%s' is not an octal mode "
		    "(e.g. 0640)", value);
		return 0;
	}
	if (v & 0002) {
		problem(p, "status_mode = %s would let anyone rewrite the "
		    "status", value);
		return 0;
	}
	p->cfg->status_mode = (unsigned)v;
	return 1;
}

/* status_group: a group name (or number) that must exist here. */
static int
set_status_group(struct config_parse *p, const char *value)
{
	struct group gr, *res = NULL;
	char buf[4096], *end;
	unsigned long v;

	if (getgrnam_r(value, &gr, buf, sizeof(buf), &res) == 0 &&
	    res != NULL) {
		p->cfg->status_gid = res->gr_gid;
	} else {
		errno = 0;
		v = strtoul(value, &end, 10);
		if (*value < '0' || *value > '9' || errno != 0 ||
		    *end != '\0' || v >= (unsigned long)(gid_t)-1) {
			problem(p, "status_group = '%s': no such group",
			    value);
			return 0;
		}
		p->cfg->status_gid = (gid_t)v;
	}
	return set_string(p, &p->cfg->status_group, value);
}

static int
scan_key(struct config_parse *p, const char *key, const char *value)
{
	struct ev_config *c = p->cfg;
	unsigned long long v;

	if (strcmp(key, "level") == 0) {
		if (!set_number(p, key, value, false, EV_LEVEL_MIN,
		    EV_LEVEL_MAX, &v))
			return 0;
		c->level = (int)v;
		return 1;
	}
	if (strcmp(key, "share") == 0)
		return set_string(p, &c->share, value);
	if (strcmp(key, "rules") == 0)
		return set_string(p, &c->rules, value);
	if (strcmp(key, "site_rules") == 0)
		return set_string(p, &c->site_rules, value);
	if (strcmp(key, "status") == 0)
		return set_string(p, &c->status, value);
	if (strcmp(key, "status_mode") == 0)
		return set_status_mode(p, value);
	if (strcmp(key, "status_group") == 0)
		return set_status_group(p, value);
	problem(p, "unknown key '%s' in [scan] (share, "
	    "level, rules, site_rules, status, status_mode, status_group)",
	    key);
	return 0;
}

static int
daemon_key(struct config_parse *p, const char *key, const char *value)
{
	struct ev_config *c = p->cfg;
	unsigned long long v;

	if (strcmp(key, "state_dir") == 0)
		return set_string(p, &c->state_dir, value);
	if (strcmp(key, "pid_file") == 0)
		return set_string(p, &c->pid_file, value);
	if (strcmp(key, "settle_ms") == 0) {
		if (!set_number(p, key, value, false, 0, 60000, &v))
			return 0;
		c->settle_ms = (unsigned)v;
		return 1;
	}
	if (strcmp(key, "status_interval_ms") == 0) {
		if (!set_number(p, key, value, false, 0, 3600000, &v))
			return 0;
		c->status_interval_ms = (unsigned)v;
		return 1;
	}
	if (strcmp(key, "rescan_interval") == 0) {
		if (config_parse_duration(value, &v) < 0 || v > 30 * 86400) {
			problem(p, "rescan_interval = '%s' is not a duration "
			    "up to 30d (e.g. 90s, 15m, 1h, 0 = never)", value);
			return 0;
		}
		c->rescan_interval = (unsigned)v;
		return 1;
	}
	if (strcmp(key, "history_days") == 0) {
		if (!set_number(p, key, value, false, 0, 100 * 366, &v))
			return 0;
		c->history_days = (unsigned)v;
		return 1;
	}
	problem(p, "unknown key '%s' in [daemon] (state_dir, pid_file, "
	    "settle_ms, status_interval_ms, rescan_interval, history_days)",
	    key);
	return 0;
}

/* A duration key of [alerts] within [lo, hi] seconds. */
static int
set_duration(struct config_parse *p, const char *key, const char *value,
    unsigned long long lo, unsigned long long hi, unsigned *out)
{
	unsigned long long v;

	if (config_parse_duration(value, &v) < 0 || v < lo || v > hi) {
		problem(p, "%s = '%s' is not a duration from %llus to %llud "
		    "(e.g. 90s, 15m, 1h, 30d)", key, value, lo, hi / 86400);
		return 0;
	}
	*out = (unsigned)v;
	return 1;
}

static int
alerts_key(struct config_parse *p, const char *key, const char *value)
{
	static const char *const formats[] = { "md", "csv", "html", "xlsx" };
	struct ev_config *c = p->cfg;
	unsigned long long v;
	size_t i;

	if (strcmp(key, "grace") == 0)
		return set_duration(p, key, value, 0, 86400, &c->alert_grace);
	if (strcmp(key, "expiry_warning") == 0)
		return set_duration(p, key, value, 0, 365 * 86400,
		    &c->expiry_warning);
	if (strcmp(key, "alert_timeout") == 0)
		return set_duration(p, key, value, 1, 3600,
		    &c->alert_timeout);
	if (strcmp(key, "alert_command") == 0)
		return set_string(p, &c->alert_command, value);
	if (strcmp(key, "alert_log_max") == 0)
		return set_number(p, key, value, true, 0, 1ULL << 40,
		    &c->alert_log_max);
	if (strcmp(key, "alert_log_keep") == 0) {
		if (!set_number(p, key, value, false, 1, 100, &v))
			return 0;
		c->alert_log_keep = (unsigned)v;
		return 1;
	}
	if (strcmp(key, "mail_to") == 0)
		return set_string(p, &c->mail_to, value);
	if (strcmp(key, "metrics_file") == 0)
		return set_string(p, &c->metrics_file, value);
	if (strcmp(key, "report_file") == 0)
		return set_string(p, &c->report_file, value);
	if (strcmp(key, "share_url") == 0)
		return set_string(p, &c->share_url, value);
	if (strcmp(key, "report_format") == 0) {
		for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i++)
			if (strcmp(value, formats[i]) == 0)
				return set_string(p, &c->report_format, value);
		problem(p, "report_format = '%s' is not md, csv, html or xlsx",
		    value);
		return 0;
	}
	problem(p, "unknown key '%s' in [alerts] (grace, expiry_warning, "
	    "alert_command, alert_timeout, alert_log_max, alert_log_keep, "
	    "mail_to, metrics_file, report_file, report_format, share_url)",
	    key);
	return 0;
}

static int
workers_key(struct config_parse *p, const char *key, const char *value)
{
	unsigned long long v;

	if (strcmp(key, "workers") == 0) {
		if (!set_number(p, key, value, false, 0, 64, &v))
			return 0;
		p->cfg->workers = (unsigned)v;
		return 1;
	}
	if (strcmp(key, "user") == 0)
		return set_string(p, &p->cfg->worker_user, value);
	problem(p, "unknown key '%s' in [workers] (workers, user)", key);
	return 0;
}

static int
handler(void *user, const char *section, const char *key, const char *value)
{
	struct config_parse *p = user;
	int ok;

	if (p->oom)
		return 1;
	if (strcmp(section, "limits") == 0)
		ok = limits_key(p, key, value);
	else if (strcmp(section, "scan") == 0)
		ok = scan_key(p, key, value);
	else if (strcmp(section, "daemon") == 0)
		ok = daemon_key(p, key, value);
	else if (strcmp(section, "workers") == 0)
		ok = workers_key(p, key, value);
	else if (strcmp(section, "alerts") == 0)
		ok = alerts_key(p, key, value);
	else {
		problem(p, "unknown section [%s] "
		    "(scan, daemon, alerts, limits, workers)", section);
		ok = 0;
	}
	return ok;
}

/*
 * Open path for reading without blocking: a FIFO (or a device) named as
 * the configuration must give an error, not hang the daemon or the CLI
 * in open() or read().  -EINVAL when it is not a regular file.
 */
static int
open_regular(const char *path, FILE **out)
{
	struct stat st;
	int fd, rc;

	fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	if (fstat(fd, &st) < 0) {
		rc = -errno;
		goto fail;
	}
	/* /dev/null is the usual way to say "no configuration" and never
	 * blocks; any other device, a FIFO or a socket might. */
	if (!S_ISREG(st.st_mode) && !(S_ISCHR(st.st_mode) &&
	    major(st.st_rdev) == 1 && minor(st.st_rdev) == 3)) {
		rc = -EINVAL;
		goto fail;
	}
	if (fcntl(fd, F_SETFL, 0) < 0 || (*out = fdopen(fd, "r")) == NULL) {
		rc = -errno;
		goto fail;
	}
	return 0;
fail:
	close(fd);
	return rc;
}

int
config_load(const char *path, struct ev_config *cfg, char *err,
    size_t errlen)
{
	struct config_parse p;
	int line, rc;

	memset(&p, 0, sizeof(p));
	p.cfg = cfg;
	if ((rc = open_regular(path, &p.f)) < 0) {
		snprintf(err, errlen, "%s: %s", path, rc == -EINVAL ?
		    "not a regular file" : strerror(-rc));
		return rc;
	}
	line = ini_parse_stream(read_line, &p, handler, &p);
	fclose(p.f);
	if (p.oom) {
		snprintf(err, errlen, "%s: out of memory", path);
		return -ENOMEM;
	}
	/* The first problem wins: ours, or inih's syntax error before it. */
	if (p.msg[0] != '\0' && (line == 0 || p.msg_line <= line)) {
		snprintf(err, errlen, "%s:%d: %s", path, p.msg_line, p.msg);
		return -EINVAL;
	}
	if (line != 0) {
		snprintf(err, errlen, "%s:%d: syntax error (expected [section] "
		    "or key = value)", path, line);
		return -EINVAL;
	}
	return 0;
}
