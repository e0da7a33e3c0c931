#!/bin/sh
# Prints README.zh.md's 术语表 table from Chapters/Glossary.tsv (English term, Chinese term, one-line
# definition). ChineseEditionTests checks that the README's table and the file agree, row for row.
set -eu
cd "$(dirname "$0")/.."
printf '| English | 中文 | 释义 |\n| --- | --- | --- |\n'
tail -n +2 Chapters/Glossary.tsv | awk -F '\t' 'NF { printf "| %s | %s | %s |\n", $1, $2, $3 }'
