/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * paths.h - where a program finds what it was installed with, whether it
 * runs installed or from the tree it was built in.
 */
#ifndef EVIDENCED_PATHS_H
#define EVIDENCED_PATHS_H

#include <stddef.h>

/*
 * The rule pack when neither an option nor the configuration names one.
 * A binary run from the tree it was built in (source_dir, "" when not
 * known) uses that tree's rules/, so a checkout works without make
 * install and never picks up an older installed pack; an installed one
 * uses installed; a binary whose tree has moved looks for ../rules beside
 * itself.  Returns installed or buf (filled).
 */
const char *paths_default_rules(const char *installed,
    const char *source_dir, char *buf, size_t size);

#endif
