#!/usr/bin/python3
"""The bench scripts without their data (a clone without ../shared/data):
they say what is missing and exit 2, no traceback, nothing built.
Usage: test_bench_missing_data.py EXTENSION"""
import os, subprocess, sys, tempfile
from checks import check, finish

EXT = os.path.abspath(sys.argv[1])
missing = tempfile.mkdtemp(prefix="kolit-no-data-")
p = subprocess.run(["/usr/bin/python3", "bench/korean_eval.py", EXT, "--data", missing],
                   capture_output=True, text=True)
check("korean_eval.py without data", (p.returncode, p.stdout, p.stderr),
      (2, "", f"korean_eval.py: the evaluation data is missing: {missing}/ud-korean-gsd/ko_gsd-ud-dev.conllu, "
              f"{missing}/ud-korean-gsd/ko_gsd-ud-test.conllu, {missing}/nsmc-sample.txt (put the project's "
              "shared data beside the repository, ../shared/data, or give --data DIR)\n"))
p = subprocess.run(["bash", "bench/tagging.sh", missing + "/nsmc-sample.txt"], capture_output=True, text=True)
check("tagging.sh without data", (p.returncode, p.stdout, p.stderr),
      (2, "", f"bench/tagging.sh: no {missing}/nsmc-sample.txt (Korean web text, one review a line): give its "
              "path, or put the project's shared data beside the repository (../shared/data)\n"))
p = subprocess.run(["/usr/bin/python3", "bench/refresh.py", missing + "/kolit"], capture_output=True, text=True)
check("refresh.py without a build", (p.returncode, p.stderr),
      (1, f"refresh.py: no {missing}/kolit.so: build kolit first (bash run.sh build)\n"))
os.rmdir(missing)
finish()
