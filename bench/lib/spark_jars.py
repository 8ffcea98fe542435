#!/usr/bin/env python3
"""Prints the jars of LIB_DIR that the cluster jar does not contain: what a Spark cluster must provide.

  spark_jars.py LIB_DIR CLUSTER_JAR [--shaded]

The cluster jar (jobs/pom.xml, shade execution `cluster-jar`) holds our code and our non-Spark
dependencies; Spark, Hadoop and Scala are `provided`, and a few libraries Spark ships (Jackson, ICU,
SnakeYAML, SLF4J) are left out on purpose. So LIB_DIR minus the jars whose classes are inside the
cluster jar is the stand-in for a Spark distribution's jars/ folder. A jar counts as shaded when its
class files (up to 50 looked at) are all in the cluster jar (for a jar without classes: its
Maven pom.properties); a jar with neither is kept.
With --shaded the other half is printed: the jars that were shaded into the cluster jar.
"""
import os
import sys
import zipfile


def classes(path, limit=None):
    """Class files of a jar; for a jar without classes, its Maven pom.properties entries instead."""
    out = []
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        for name in names:
            if name.endswith(".class") and not name.startswith("META-INF/") and not name.endswith("module-info.class"):
                out.append(name)
                if limit and len(out) >= limit:
                    break
        if not out:
            out = [n for n in names if n.startswith("META-INF/maven/") and n.endswith("/pom.properties")]
    return out


def main(argv):
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    lib, cluster = argv[0], argv[1]
    want_shaded = len(argv) == 3 and argv[2] == "--shaded"
    with zipfile.ZipFile(cluster) as z:
        inside = set(z.namelist())
    for name in sorted(os.listdir(lib)):
        if not name.endswith(".jar"):
            continue
        sample = classes(os.path.join(lib, name), 50)
        shaded = bool(sample) and all(c in inside for c in sample)
        if shaded == want_shaded:
            print(os.path.join(lib, name))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
