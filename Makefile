# sima — plain GNU Makefile.  Front doors: all test bench fuzz models
# golden-update format lint leakcheck coverage clean.
#   make SANITIZE=address,undefined test     sanitizer build (in build/san)
#   make WERROR=1                            warnings are errors (CI)

CC       ?= cc
SANITIZE ?=
WERROR   ?=
PKGS      = libutf8proc jansson sqlite3 cairo

WARN = -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
       -Wmissing-prototypes -Wold-style-definition -Wwrite-strings -Wundef \
       -Wformat=2 -Wcast-qual -Wconversion -Wsign-conversion \
       -Wdouble-promotion -Wvla
ifneq ($(WERROR),)
WARN += -Werror
endif

OPT      ?= -O2
CFLAGS   += -std=c11 $(OPT) -g -fvisibility=hidden -D_POSIX_C_SOURCE=200809L \
            -D_DEFAULT_SOURCE $(WARN)
CPPFLAGS += -Iinclude -Isrc $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LDLIBS   += $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -lutf8proc -ljansson -lsqlite3 -lcairo) -lpthread -lm

BUILD ?= build
ifneq ($(SANITIZE),)
BUILD    := build/san
CFLAGS   += -fsanitize=$(SANITIZE) -fno-omit-frame-pointer -fno-sanitize-recover=all
LDFLAGS  += -fsanitize=$(SANITIZE)
endif

LIB_SRC  := $(sort $(wildcard src/*.c))
CLI_SRC  := $(sort $(wildcard cli/*.c))
TEST_SRC := $(sort $(wildcard test/unit/test_*.c))
TOOL_SRC := $(sort $(wildcard tools/*.c))
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/%.o)
TESTS    := $(TEST_SRC:test/unit/%.c=$(BUILD)/test/%)
TOOLS    := $(TOOL_SRC:tools/%.c=$(BUILD)/tools/%)

LIB = $(BUILD)/libsima.a
BIN = $(BUILD)/sima

.PHONY: all test unit bench fuzz models dmodels golden-update format lint \
        leakcheck coverage clean tools silver everything
all: $(BIN) $(LIB) tools

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c $< -o $@

$(LIB): $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BIN): $(CLI_OBJ) $(LIB)
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(LDLIBS)

$(BUILD)/test/%: test/unit/%.c test/unit/harness.h $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -Wno-missing-prototypes -Itest/unit -o $@ $< $(LIB) $(LDFLAGS) $(LDLIBS)

tools: $(TOOLS)
$(BUILD)/tools/%: tools/%.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $< $(LIB) $(LDFLAGS) $(LDLIBS)

# Fuzz targets replayed without libFuzzer over saved crashers and corpora.
FUZZ_SRC    := $(filter-out test/fuzz/fuzz_main.c,$(sort $(wildcard test/fuzz/fuzz_*.c)))
FUZZ_REPLAY := $(FUZZ_SRC:test/fuzz/%.c=$(BUILD)/fuzz-replay/%)
$(BUILD)/fuzz-replay/%: test/fuzz/%.c test/fuzz/fuzz_main.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -Wno-missing-prototypes -o $@ $< test/fuzz/fuzz_main.c $(LIB) $(LDFLAGS) $(LDLIBS)

# Every program `make test` runs, built without running them (.ci/run
# builds this with WERROR=1, so the tests and fuzz harnesses get -Werror too).
everything: $(BIN) $(TESTS) tools $(FUZZ_REPLAY)

# The whole suite: unit tests, spec, golden, fuzz-crash replay, CLI tests.
# The last line reads "N passed, N failed".
test: $(BIN) $(TESTS) tools $(FUZZ_REPLAY)
	@BUILD=$(BUILD) SANITIZED=$(SANITIZE) sh test/run.sh

golden-update: $(BIN)
	@BUILD=$(BUILD) UPDATE=1 sh test/cli/golden.sh

bench: $(BIN) tools
	@BUILD=$(BUILD) sh bench/bench.sh

# Retrain all the models from ../shared (deterministic; DENSE=0 skips the
# dense parser).
models: $(BIN) tools
	@BUILD=$(BUILD) sh tools/train_models.sh

# Silver training news for the dense parser (tools/silver.sh; needs
# ../shared/data/ngec and unzip, skips with a message otherwise).
silver: $(BIN) tools
	@mkdir -p $(BUILD)/silver
	@BUILD=$(BUILD) sh tools/silver.sh $(BUILD)/silver/silver.conllu

# Retrain only the dense parser, models/dparser.bin (deterministic;
# `make models` runs the same script as its last step).
dmodels: $(BIN) tools
	@BUILD=$(BUILD) sh tools/train_dmodel.sh

fuzz:
	@mkdir -p build/fuzz
	@for f in $(FUZZ_SRC); do n=$$(basename $$f .c); \
	  echo "clang -fsanitize=fuzzer $$n"; \
	  clang -std=c11 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
	    $(CPPFLAGS) -o build/fuzz/$$n $$f $(LIB_SRC) $(LDLIBS) || exit 1; done
	@echo "run: build/fuzz/fuzz_NAME -dict=test/fuzz/dictionary -max_total_time=60 test/fuzz/corpus/fuzz_NAME"
	@echo "save any crash under test/fuzz/regress/fuzz_NAME/: make test replays it"

format:
	clang-format -i include/*.h src/*.c src/*.h cli/*.c cli/*.h test/unit/*.c tools/*.c

lint:
	cppcheck --quiet --enable=warning,performance,portability --std=c11 -Iinclude -Isrc src cli

leakcheck: $(BIN)
	valgrind --leak-check=full --error-exitcode=1 $(BIN) sentences examples/article.txt >/dev/null
	valgrind --leak-check=full --error-exitcode=1 $(BIN) code --threads 2 --date 2025-09-15 examples/article.txt examples/articles.jsonl >/dev/null

coverage:
	$(MAKE) BUILD=build/cov OPT="-O0 --coverage" LDFLAGS=--coverage test
	gcov -o build/cov/src src/*.c >/dev/null && echo "gcov files written"

clean:
	rm -rf build

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d)
