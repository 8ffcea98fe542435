# Taoxi: the first two commands on a fresh Debian/Ubuntu machine with Java 17 are `make demo` and `make test`.
MVN ?= mvn -B -ntp
.PHONY: setup build demo test it bench clean

setup:
	@./.ci/setup-apt.sh

build: setup
	$(MVN) -q -DskipTests package

demo: build
	bin/taoxi demo

test: setup
	$(MVN) verify

# Longer integration checks (Spark standalone cluster, kill -9 restart).
it: build
	bench/standalone-cluster.sh
	bench/kill-restart.sh

bench: build
	bench/ingest-vs-zcat.sh

clean:
	$(MVN) -q clean
	rm -rf out
