/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * config.h - /etc/evidenced/evidenced.conf: where the share and the rules
 * are, the applicant level, and the extraction limits.
 *
 *   [scan]
 *   share      = /srv/samba/资质材料
 *   level      = 2
 *   rules      = /usr/share/evidenced/rules
 *   site_rules = /etc/evidenced/rules.d
 *   status     = /var/lib/evidenced/status.json
 *   status_mode  = 0640        ; octal; never writable by others
 *   status_group = evidenced   ; group of the status (default: unchanged)
 *
 *   [daemon]                   ; evidenced only
 *   state_dir          = /var/lib/evidenced
 *   pid_file           = /run/evidenced/evidenced.pid
 *   settle_ms          = 200   ; quiet time before a changed file is read
 *   status_interval_ms = 100   ; at most one status rewrite per interval
 *   rescan_interval    = 1h    ; full rescan (NFS writers make no events)
 *   history_days       = 730   ; state changes kept in history.db; 0: all
 *
 *   [alerts]                   ; evidenced only (alerts.h, notify.h)
 *   grace          = 60s       ; a transition must hold this long
 *   expiry_warning = 30d       ; warn this long before an item expires
 *   alert_command  = /usr/local/bin/evidence-alert  ; run by /bin/sh -c
 *   alert_timeout  = 10s       ; the command (and sendmail) is killed then
 *   alert_log_max  = 10M       ; alerts.jsonl is rotated beyond; 0: never
 *   alert_log_keep = 5         ; alerts.jsonl.1 ... .N kept
 *   mail_to        = qa@example.com                 ; via sendmail -t
 *   metrics_file   = /var/lib/prometheus/node-exporter/evidenced.prom
 *   report_file    = /srv/samba/资质材料/自评估表.html
 *   report_format  = html      ; md, csv, html, xlsx
 *   share_url      = file://fileserver/资质材料/
 *
 *   [limits]                   ; sizes take K, M, G (powers of 1024)
 *   max_file_size     = 100M   ; bigger files are not read ("limit")
 *   max_inflated_size = 512M   ; per zip container (docx, xlsx, odt ...)
 *   max_ratio         = 200    ; inflated/compressed, per zip entry
 *   max_text_size     = 4M     ; text kept for matching; the rest is cut
 *   max_pdf_pages     = 2000   ; pages read; the rest is cut
 *   max_seconds       = 30     ; per file
 *   helper_max_memory = 512M   ; catdoc & co. (RLIMIT_AS), MuPDF's heap
 *
 *   [workers]                  ; sandboxed extraction processes
 *   workers = 2                ; default one per CPU; 0: parse in process
 *   user    = evidenced        ; who they run as when started as root
 *
 * Read with inih.  Unknown sections and keys are errors: a typo in a
 * limit must not silently leave the default in place.
 */
#ifndef EVIDENCED_CONFIG_H
#define EVIDENCED_CONFIG_H

#include <stddef.h>
#include <sys/types.h>

#include "evidenced/extract.h"

struct ev_config {
	struct extract_limits limits;   /* defaults unless configured */
	int level;              /* 0 when not set */
	char *share;            /* owned, NULL when not set */
	char *rules;
	char *site_rules;
	char *status;
	/* [daemon] */
	char *state_dir;
	char *pid_file;
	unsigned settle_ms;             /* default 200 */
	unsigned status_interval_ms;    /* default 100 */
	unsigned rescan_interval;       /* seconds, default 3600; 0 = never */
	unsigned history_days;          /* default 730; 0 = keep everything */
	unsigned status_mode;   /* permission bits, CONFIG_STATUS_MODE */
	char *status_group;     /* as written, NULL when not set */
	gid_t status_gid;       /* resolved when loading; (gid_t)-1: unset */
	/* [workers] */
	unsigned workers;       /* extraction workers, 0: in process */
	char *worker_user;      /* NULL: the default service user */
	/* [alerts] */
	unsigned alert_grace;           /* seconds, default 60 */
	unsigned expiry_warning;        /* seconds, default 30 days */
	char *alert_command;            /* owned, NULL: no hook */
	unsigned alert_timeout;         /* seconds, default 10 */
	unsigned long long alert_log_max;       /* bytes, default 10 MiB; 0:
						   never rotated */
	unsigned alert_log_keep;        /* rotated files kept, default 5 */
	char *mail_to;
	char *metrics_file;
	char *report_file;
	char *report_format;            /* NULL: html */
	char *share_url;
};

/* The status document's mode when status_mode is not set: readable by
 * its group (monitoring), not by everyone on the machine. */
#define CONFIG_STATUS_MODE 0640

/* Defaults: extract_limits_default(), one worker per CPU, nothing else
 * set. */
void config_init(struct ev_config *cfg);
void config_free(struct ev_config *cfg);

/*
 * Read path into cfg (keys it gives replace what cfg holds).  0, -ENOENT
 * when path does not exist, -EINVAL on a bad file (err gets
 * "path:line: message" for the first problem) or on one that is not a
 * regular file (a FIFO is refused, never waited on), or another -errno.
 */
int config_load(const char *path, struct ev_config *cfg, char *err,
    size_t errlen);

/* "90s", "15m", "1h", "2d", "1w", "600" (seconds) -> seconds.  0 or
 * -EINVAL. */
int config_parse_duration(const char *s, unsigned long long *out);

/* "100M", "4MiB", "512k", "1G", "4096" -> bytes.  0 or -EINVAL. */
int config_parse_size(const char *s, unsigned long long *out);

#endif
