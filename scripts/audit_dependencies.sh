#!/usr/bin/env bash
# `make audit`: check the pinned, installed dependencies against the PyPI/OSV vulnerability
# database with pip-audit. Known vulnerabilities fail (exit 1). If the database cannot be
# reached (offline CI, intranet) this says so plainly and exits 2 — never a silent pass.
set -uo pipefail
PIP_AUDIT="${PIP_AUDIT:-.venv/bin/pip-audit}"
OUT=$(mktemp)
"$PIP_AUDIT" --local --progress-spinner off --desc off --requirement requirements/base.txt \
  --no-deps --disable-pip >"$OUT" 2>&1
STATUS=$?
cat "$OUT"
UNAUDITED=$(grep -c "could not be audited" "$OUT" || true)
if [[ $UNAUDITED -gt 0 ]] || grep -qiE "connection|resolve|timed out|network|HTTPSConnectionPool|Max retries" "$OUT"; then
  echo "无法从漏洞数据库取得 ${UNAUDITED} 个依赖的记录，依赖漏洞检查未完成（不是通过）。" >&2
  echo "请在能访问 PyPI 漏洞接口（pypi.org/pypi/<包>/json）或 osv.dev 的机器上运行 make audit。" >&2
  STATUS=2
elif [[ $STATUS -eq 0 ]]; then
  echo "依赖漏洞检查通过：未发现已知漏洞。"
else
  echo "发现存在已知漏洞的依赖，请升级上面列出的包。" >&2
fi
rm -f "$OUT"
exit $STATUS
