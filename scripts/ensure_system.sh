#!/usr/bin/env bash
# Debian packages the running app needs: pango (WeasyPrint's text layout) and Noto CJK fonts
# (Chinese in generated PDFs and chart images). Installed when missing and this user may;
# otherwise say what to install and fail.
set -euo pipefail
if ldconfig -p 2>/dev/null | grep -q "libpangoft2-1.0.so.0" && fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  exit 0
fi
if [[ $(id -u) -eq 0 ]]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
  echo "缺少 pango 或中文字体，且当前用户无法安装。请执行：sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0 fonts-noto-cjk" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 fonts-noto-cjk fontconfig >/dev/null
echo "已安装 pango 与 fonts-noto-cjk。"
