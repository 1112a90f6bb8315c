# civcas - one Makefile, pkg-config for every dependency.
#
#   make              build ./civcas
#   make check        install what is missing, build, run every test
#   make SANITIZE=1 check   the same under AddressSanitizer + UBSan
#   make demo         install, build, run the main job on examples/
#   make bench        benchmarks with side-by-side peers (bench/)

PKGS     := sqlite3 libxml-2.0 icu-uc icu-i18n libcjson libcrypto liblz4
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

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libcivcas.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -Itests -o $@ $< $(BUILD)/libcivcas.a $(LDFLAGS) $(LDLIBS) $(TEST_LIBS)

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
