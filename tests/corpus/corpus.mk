# SPDX-License-Identifier: AGPL-3.0-or-later
# corpus.mk - make accuracy: how right the verdict is on material nobody tuned on.
#
#   make accuracy                          figures of the dev part (held-out hidden)
#   make accuracy ACCURACY_FLAGS=--details  plus the dev part's misses and false hits
#   make accuracy ACCURACY_FLAGS=--files    plus each dev file's false and missed clauses
#   make accuracy HELDOUT=1                the held-out part too: only once, at the end
#   make corpus-regen                      regenerate build/corpus and rewrite the truth
#
# The shares are generated (deterministic; about 2.5 s a share, so about four hours for all 5,862)
# into build/corpus when gen.py or a kinds*.py changed; their truth must then equal the committed
# tests/corpus/truth, or the score stops.  Scoring the dev part takes about 25 minutes.
# Included by the Makefile; see tests/corpus/README.md.

CORPUS_DIR     ?= build/corpus
CORPUS_PY      := /usr/bin/python3
CORPUS_SRC     := tests/corpus/gen.py tests/corpus/kinds.py $(patsubst %,tests/corpus/kinds_%.py,d e f g h i j k l m n o p q r s t u w x y z v aa ab ac ad ae af ag ah ai aj ak al am an ap ao aq as ar at au av aw ax ay ba az bb bc bd be bf)
ACCURACY_FLAGS ?=
HELDOUT        ?=

.PHONY: accuracy corpus-regen

build/corpus.stamp: $(CORPUS_SRC) tests/corpus/truth/files.tsv tests/corpus/truth/clauses.tsv
	@sh scripts/deps.sh corpus
	$(CORPUS_PY) tests/corpus/gen.py $(CORPUS_DIR) --truth build/corpus-truth
	@diff -r build/corpus-truth tests/corpus/truth >/dev/null || { \
	  echo "corpus: generated truth differs from tests/corpus/truth (make corpus-regen, review, commit)"; \
	  exit 1; }
	@touch $@

accuracy: all build/corpus.stamp
	@$(CORPUS_PY) tests/corpus/score.py --corpus $(CORPUS_DIR) $(ACCURACY_FLAGS) \
	  $(if $(filter 1 yes,$(HELDOUT)),--show-heldout)

corpus-regen:
	@sh scripts/deps.sh corpus
	$(CORPUS_PY) tests/corpus/gen.py $(CORPUS_DIR) --truth tests/corpus/truth
	@mkdir -p build && touch build/corpus.stamp
