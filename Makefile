# Taoxi: the first two commands on a fresh Debian/Ubuntu machine with Java 17 are `make demo` and `make test`.
MVN ?= mvn -B -ntp
.PHONY: setup build demo test it bench clean

setup:
	@./.ci/setup-apt.sh

build: setup
	$(MVN) -q -DskipTests package

demo: build
	bin/taoxi demo
	bench/report-check.sh out/demo/report/report.html
	notebooks/run-notebooks.sh out/demo

# The whole suite (unit, Spark local[2], *IT: standalone cluster, kill -9 restart), then the demo
# end to end: report rendered in headless Chromium, notebooks executed on its output.
test: setup
	$(MVN) verify
	bin/taoxi demo
	bench/report-check.sh out/demo/report/report.html
	notebooks/run-notebooks.sh out/demo

# Longer integration checks (Spark standalone cluster, kill -9 restart).
it: build
	bench/standalone-cluster.sh
	bench/kill-restart.sh

bench: build
	bench/ingest-vs-zcat.sh
	MVN="$(MVN) -q" bench/dedup-jmh.sh -wi 2 -i 3 -f 1

clean:
	$(MVN) -q clean
	rm -rf out
