#!/usr/bin/env bash
# The browser tests run in Debian's chromium with CJK fonts. Install them when missing and this
# user may install packages; otherwise say so and fail (a skipped browser suite is not a pass).
set -euo pipefail
if [[ -x /usr/bin/chromium ]] && fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  exit 0
fi
if [[ $(id -u) -eq 0 ]]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
  echo "缺少 chromium 或中文字体，且当前用户无法安装。请执行：sudo apt-get install chromium fonts-noto-cjk" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
echo "已安装 chromium 与 fonts-noto-cjk。"
