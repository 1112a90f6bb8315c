# civcas - one Makefile, pkg-config for every dependency.
#
#   make              build ./civcas
#   make check        install what is missing, build, run every test
#   make SANITIZE=1 check   the same under AddressSanitizer + UBSan
#   make demo         install, build, run the main job on examples/
#   make bench        benchmarks with side-by-side peers (bench/)

PKGS     := sqlite3 libxml-2.0 icu-uc icu-i18n libcjson libcrypto liblz4 libhs
CC       ?= cc
CFLAGS   ?= -O2 -g
WARN     := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wno-unused-parameter
CPPFLAGS += -Isrc -D_GNU_SOURCE $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LDLIBS   += $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lcsv -lm -pthread

ifeq ($(SANITIZE),1)
BUILD    := build-san
CFLAGS   += -O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
LDFLAGS  += -fsanitize=address,undefined
else
BUILD    := build
endif

LIB_SRC  := $(filter-out src/cli/main.c,$(wildcard src/*/*.c))
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o)
MAIN_OBJ := $(BUILD)/src/cli/main.o
TEST_SRC := $(wildcard tests/unit/test_*.c)
TESTS    := $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)
TEST_LIBS := $(shell pkg-config --libs cmocka 2>/dev/null)

.PHONY: all setup check unit cli-test demo bench clean
all: civcas

# The default build leaves the program in the project's root.
ifeq ($(SANITIZE),1)
civcas: $(BUILD)/civcas
else
civcas: $(BUILD)/civcas
	cp $< $@
endif

$(BUILD)/civcas: $(MAIN_OBJ) $(BUILD)/libcivcas.a
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/libcivcas.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -MMD -MP -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libcivcas.a $(wildcard tests/unit/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -Itests -o $@ $< $(BUILD)/libcivcas.a $(LDFLAGS) $(LDLIBS) $(TEST_LIBS)

# the bundled gazetteer is assembled into this object (.incbin)
$(BUILD)/src/gazetteer/bundled.o: data/places.tsv

-include $(LIB_OBJ:.o=.d) $(MAIN_OBJ:.o=.d)

setup:
	@scripts/setup.sh

check: setup
	@$(MAKE) --no-print-directory civcas $(TESTS)
	@BUILD=$(BUILD) tests/run.sh

unit: $(TESTS)
	@BUILD=$(BUILD) tests/run.sh unit

cli-test: civcas
	@BUILD=$(BUILD) tests/run.sh cli

demo: setup
	@$(MAKE) --no-print-directory civcas
	@scripts/demo.sh

bench: setup
	@$(MAKE) --no-print-directory civcas
	@bench/run.sh

clean:
	rm -rf build build-san civcas

# ---------------------------------------------------------------------------
# fuzz - libFuzzer harnesses for every parser (STYLE.md point 12); see
# tests/fuzz/README. Needs clang with its runtime (Debian: clang,
# libclang-rt-14-dev). Everything is built under build-fuzz/.
#
#   make fuzz                       build build-fuzz/fuzz_{date,charset,...}
#   make fuzz-run [FUZZ_SECONDS=30] run each harness that long on its corpus
#   make fuzz-run FUZZ_NAMES=html   only some harnesses; FUZZ_ARGS=... adds
#                                   libFuzzer options (-max_len=65536 -fork=2)
FUZZ_CC      ?= clang
FUZZ_BUILD   := build-fuzz
FUZZ_SAN     := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_CFLAGS  := -g -O1 $(FUZZ_SAN)
FUZZ_SECONDS ?= 30
FUZZ_NAMES   ?= date charset lang html readers places num when extract
FUZZ_ARGS    ?=
FUZZ_OBJ     := $(LIB_SRC:%.c=$(FUZZ_BUILD)/%.o)
FUZZ_BINS    := $(patsubst %,$(FUZZ_BUILD)/fuzz_%,$(FUZZ_NAMES))

.PHONY: fuzz fuzz-run fuzz-clean
fuzz: $(FUZZ_BINS)

$(FUZZ_BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(CPPFLAGS) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link $(WARN) -MMD -MP -c -o $@ $<

$(FUZZ_BUILD)/libcivcas.a: $(FUZZ_OBJ)
	rm -f $@
	ar rcs $@ $^

$(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(FUZZ_BUILD)/libcivcas.a
	$(FUZZ_CC) $(CPPFLAGS) $(FUZZ_CFLAGS) -fsanitize=fuzzer $(WARN) -Itests/fuzz -o $@ $< \
		$(FUZZ_BUILD)/libcivcas.a $(LDLIBS)

-include $(FUZZ_OBJ:.o=.d)

# First the kept reproducers tests/fuzz/crashes/NAME-* must pass. New inputs
# go to build-fuzz/corpus/NAME (tests/fuzz/corpus/NAME, the seeds, is only
# read); a crash is saved as build-fuzz/crashes/NAME-crash-<sha1>.
# Every harness runs even when one fails; the status says whether any did.
fuzz-run: fuzz
	@mkdir -p $(FUZZ_BUILD)/crashes; failed=""; \
	for n in $(FUZZ_NAMES); do \
		mkdir -p $(FUZZ_BUILD)/corpus/$$n; \
		dict=""; [ -f tests/fuzz/$$n.dict ] && dict="-dict=tests/fuzz/$$n.dict"; \
		regress=$$(ls tests/fuzz/crashes/$$n-* 2>/dev/null); \
		if [ -n "$$regress" ] && ! $(FUZZ_BUILD)/fuzz_$$n $$regress > $(FUZZ_BUILD)/$$n-regress.log 2>&1; then \
			echo "  $$n: a tests/fuzz/crashes/$$n-* input fails (see $(FUZZ_BUILD)/$$n-regress.log)"; \
			failed="$$failed $$n"; continue; \
		fi; \
		echo "fuzz-run: $$n for $(FUZZ_SECONDS) s"; \
		$(FUZZ_BUILD)/fuzz_$$n -max_total_time=$(FUZZ_SECONDS) -timeout=10 -print_final_stats=1 \
			-artifact_prefix=$(FUZZ_BUILD)/crashes/$$n- $$dict $(FUZZ_ARGS) \
			$(FUZZ_BUILD)/corpus/$$n tests/fuzz/corpus/$$n \
			> $(FUZZ_BUILD)/$$n.log 2>&1 || failed="$$failed $$n"; \
		grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|==[0-9]+== ?ERROR|SUMMARY|fuzz: )' \
			$(FUZZ_BUILD)/$$n.log | sed "s/^/  $$n: /"; \
	done; \
	if [ -n "$$failed" ]; then echo "fuzz-run: FAILED:$$failed (see $(FUZZ_BUILD)/NAME.log)"; exit 1; fi; \
	echo "fuzz-run: no crashes"

fuzz-clean:
	rm -rf $(FUZZ_BUILD)
