/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * log.h - logging for evidenced and evidencectl.
 *
 * Follows relayd/OpenSMTPD: log_warn() appends strerror(errno),
 * log_warnx() does not.  Messages go to stderr, prefixed with the program
 * name.  Modules log; only main() decides to exit.  Every message is
 * passed through pathname_escape() once, here: control characters in a
 * file name can never forge a line, so callers log names unescaped.
 */
#ifndef EVIDENCED_LOG_H
#define EVIDENCED_LOG_H

#include <stdbool.h>

enum log_level {
	LOG_LEVEL_ERROR = 0,
	LOG_LEVEL_WARN = 1,
	LOG_LEVEL_INFO = 2,
	LOG_LEVEL_DEBUG = 3,
};

/* progname is not copied: pass a string that lives as long as the process. */
void log_init(const char *progname, enum log_level level);
void log_set_level(enum log_level level);
/* Erase a progress line on stderr before each message (see progress.h). */
void log_set_erase_line(bool on);
enum log_level log_get_level(void);

/* Send lines to the journal (under systemd) instead of stderr. */
void log_use_journal(bool on);

void log_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_warnx(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_debug(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
