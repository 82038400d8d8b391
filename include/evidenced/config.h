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

#include "evidenced/extract.h"

struct ev_config {
	struct extract_limits limits;   /* defaults unless configured */
	int level;              /* 0 when not set */
	char *share;            /* owned, NULL when not set */
	char *rules;
	char *site_rules;
	char *status;
	unsigned workers;       /* extraction workers, 0: in process */
	char *worker_user;      /* NULL: the default service user */
};

/* Defaults: extract_limits_default(), one worker per CPU, nothing else
 * set. */
void config_init(struct ev_config *cfg);
void config_free(struct ev_config *cfg);

/*
 * Read path into cfg (keys it gives replace what cfg holds).  0, -ENOENT
 * when path does not exist, -EINVAL on a bad file (err gets
 * "path:line: message" for the first problem), or another -errno.
 */
int config_load(const char *path, struct ev_config *cfg, char *err,
    size_t errlen);

/* "100M", "4MiB", "512k", "1G", "4096" -> bytes.  0 or -EINVAL. */
int config_parse_size(const char *s, unsigned long long *out);

#endif
