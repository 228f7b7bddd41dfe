#!/usr/bin/env bash
# Builds a small demo library from the notes beside this script, through the command line:
#   notes-db/demo/make-demo-library.sh /tmp/demo.db [launcher...]
# The launcher defaults to the jar that ./mvnw package builds.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
library=${1:?usage: make-demo-library.sh LIBRARY [launcher...]}
shift
if [ $# -eq 0 ]; then
  set -- java -jar "$here/../../target/papernotes.jar"
fi
if [ -e "$library" ]; then
  echo "make-demo-library.sh: $library exists; choose a new file" >&2
  exit 1
fi
"$@" new --library "$library" --title 'Retentive Network: A Successor to Transformer for Large Language Models' \
  --author 'Yutao Sun' --author 'Li Dong' --author 'Shaohan Huang' --year 2023 --venue arXiv --status read \
  --tag architecture --tag llm --body-file "$here/notes/retentive-network.md" >/dev/null
"$@" new --library "$library" --title '机器遗忘综述：Machine Unlearning 的方法与评测' \
  --author '张三' --author 'Li Wei' --year 2024 --venue 'ACM Computing Surveys' --status reading \
  --tag unlearning --tag privacy --tag survey --body-file "$here/notes/machine-unlearning-survey.md" >/dev/null
"$@" new --library "$library" --title 'Direct Preference Optimization: Your Language Model is Secretly a Reward Model' \
  --author 'Rafael Rafailov' --author 'Archit Sharma' --author 'Eric Mitchell' --year 2023 --venue 'NeurIPS' \
  --status read --tag rlhf --tag alignment --tag llm --body-file "$here/notes/direct-preference-optimization.md" >/dev/null
"$@" new --library "$library" --title 'Certified Data Removal from Machine Learning Models' \
  --author 'Chuan Guo' --author 'Tom Goldstein' --year 2020 --venue ICML --status to-read --tag unlearning >/dev/null
"$@" list --library "$library"
